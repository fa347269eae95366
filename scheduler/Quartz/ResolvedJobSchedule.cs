namespace LeftBehind.Scheduler.Quartz;

/// <summary>A job's effective schedule after configuration is applied.</summary>
internal sealed record ResolvedJobSchedule(JobDefinition Definition, string Cron, TimeZoneInfo TimeZone, bool Enabled)
{
    public string Name => Definition.Name;
}
