namespace LeftBehind.Scheduler.Replies;

/// <summary>The latest reminder a person was sent that still waits for a 1/2/3 answer.</summary>
public sealed record OpenReminder(string Key, string Job, DateTimeOffset SentAt);
