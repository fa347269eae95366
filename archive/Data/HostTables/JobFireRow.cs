namespace LeftBehind.Archive.Data.HostTables;

/// <summary>sched_job_fires: every trigger firing (an append-only log without a key, as the old DDL made it).</summary>
internal sealed class JobFireRow
{
    public required string Job { get; set; }
    public long ScheduledAt { get; set; }
    public long FiredAt { get; set; }
    public required string FireInstance { get; set; }
    public required string Node { get; set; }
}
