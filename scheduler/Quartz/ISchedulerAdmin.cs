namespace LeftBehind.Scheduler.Quartz;

/// <summary>What the admin API shows and does about jobs.</summary>
public interface ISchedulerAdmin
{
    Task<IReadOnlyList<JobInfo>> ListJobsAsync(CancellationToken cancellationToken);

    /// <summary>Runs the job now in this process; null when no job has that name.</summary>
    Task<JobRunResult?> RunNowAsync(string name, CancellationToken cancellationToken);
}
