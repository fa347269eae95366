namespace LeftBehind.Scheduler.Quartz;

/// <summary>What the admin API shows and does about jobs.</summary>
public interface ISchedulerAdmin
{
    Task<IReadOnlyList<JobInfo>> ListJobsAsync(CancellationToken cancellationToken);

    /// <summary>Runs the job now in this process and waits for it; null when no job has that name.</summary>
    Task<JobRunResult?> RunNowAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Fires the job now through Quartz's store (any cluster node may run it; a crash mid-run is recovered on restart).
    /// Returns the job's canonical name, or null when no job has that name. Falls back to <see cref="RunNowAsync"/> when
    /// Quartz is off or the job is disabled.
    /// </summary>
    Task<string?> TriggerAsync(string name, CancellationToken cancellationToken);
}
