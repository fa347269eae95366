namespace LeftBehind.Scheduler.Quartz;

/// <summary>
/// One contract job. Reads who is due from the database when it runs and writes outbox rows whose unique key
/// makes a second run a no-op; returns how many new rows it wrote.
/// </summary>
internal interface IScheduledJob
{
    string Name { get; }

    Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken);
}
