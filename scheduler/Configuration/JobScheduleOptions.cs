namespace LeftBehind.Scheduler.Configuration;

/// <summary><c>Scheduler:Jobs:&lt;name&gt;</c>. Unset values keep the job's built-in default.</summary>
public sealed class JobScheduleOptions
{
    /// <summary>Quartz cron (seconds first), e.g. <c>0 30 9 * * ?</c>.</summary>
    public string? Cron { get; set; }

    /// <summary>IANA id; empty means <see cref="SchedulerOptions.DefaultTimeZone"/>.</summary>
    public string? TimeZone { get; set; }

    public bool Enabled { get; set; } = true;
}
