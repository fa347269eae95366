namespace LeftBehind.Scheduler.Quartz;

/// <summary>A Quartz fire: the instant the trigger was due, when it ran, and on which scheduler node.</summary>
internal sealed record JobFire(DateTimeOffset ScheduledAt, DateTimeOffset FiredAt, string FireInstanceId, string Node);
