namespace LeftBehind.Scheduler.Quartz;

/// <summary>The instant a job runs at and the zone its schedule is written in.</summary>
internal sealed record JobRunContext(DateTimeOffset NowUtc, TimeZoneInfo Zone)
{
    public DateTime Local => TimeZoneInfo.ConvertTime(NowUtc, Zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(Local);
}
