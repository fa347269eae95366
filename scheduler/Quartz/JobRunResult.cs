namespace LeftBehind.Scheduler.Quartz;

public sealed record JobRunResult(string Name, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Enqueued);
