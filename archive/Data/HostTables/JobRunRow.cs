namespace LeftBehind.Archive.Data.HostTables;

/// <summary>sched_job_runs: one row per scheduled job, its last run.</summary>
internal sealed class JobRunRow
{
    public required string Job { get; set; }
    public long Runs { get; set; }
    public long? LastStarted { get; set; }
    public long? LastFinished { get; set; }
    public int? LastEnqueued { get; set; }
    public string? LastError { get; set; }
}
