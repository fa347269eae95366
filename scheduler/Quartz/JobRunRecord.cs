namespace LeftBehind.Scheduler.Quartz;

public sealed record JobRunRecord(string Job, long Runs, DateTimeOffset? LastStarted, DateTimeOffset? LastFinished, int? LastEnqueued, string? LastError);
