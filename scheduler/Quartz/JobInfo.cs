namespace LeftBehind.Scheduler.Quartz;

/// <summary>One row of <c>GET /admin/jobs</c>.</summary>
public sealed record JobInfo(string Name, string Cron, string TimeZone, bool Enabled, DateTimeOffset? NextFireTime, DateTimeOffset? PreviousFireTime, JobRunRecord? LastRun);
