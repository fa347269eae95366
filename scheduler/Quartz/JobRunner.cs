using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>Runs a contract job by name, for Quartz fires and for the admin's run-now alike, and logs the run.</summary>
internal sealed class JobRunner(IServiceScopeFactory scopes, JobScheduleResolver schedules, JobRunLog runLog, TimeProvider time, ILogger<JobRunner> logger)
{
    public async Task<JobRunResult?> RunAsync(string name, CancellationToken cancellationToken, JobFire? fire = null)
    {
        var schedule = schedules.Find(name);
        if (schedule is null) return null;

        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredKeyedService<IScheduledJob>(schedule.Name);
        var started = time.GetUtcNow();
        await runLog.StartedAsync(schedule.Name, started, cancellationToken).ConfigureAwait(false);
        if (fire is not null) await runLog.FiredAsync(schedule.Name, fire, cancellationToken).ConfigureAwait(false);
        try
        {
            var enqueued = await job.RunAsync(new JobRunContext(started, schedule.TimeZone), cancellationToken).ConfigureAwait(false);
            var finished = time.GetUtcNow();
            await runLog.FinishedAsync(schedule.Name, finished, enqueued, error: null, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Job {Job} enqueued {Count} messages in {Ms} ms", schedule.Name, enqueued, (finished - started).TotalMilliseconds);
            return new JobRunResult(schedule.Name, started, finished, enqueued);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} failed", schedule.Name);
            await runLog.FinishedAsync(schedule.Name, time.GetUtcNow(), 0, ex.GetType().Name, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}
