using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Scheduler.Configuration;

/// <summary>Section <c>Scheduler</c>: where Quartz keeps its store, the job schedules and the delivery rules.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Turns Quartz off entirely (a process that only serves turns); the outbox dispatcher still runs.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the SQLite Quartz store lives; empty means next to the project's SQLite database.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Full ADO connection string for the Quartz store; overrides <see cref="DataDirectory"/>.</summary>
    public string? QuartzConnectionString { get; set; }

    /// <summary>Several instances share one PostgreSQL Quartz store; refused on SQLite.</summary>
    public bool Clustered { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary><c>Scheduler:Jobs:&lt;name&gt;</c>; names not listed keep their built-in schedule.</summary>
    public Dictionary<string, JobScheduleOptions> Jobs { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public QuietHoursOptions QuietHours { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    public DueRulesOptions Rules { get; set; } = new();

    public TipsOptions Tips { get; set; } = new();
}
