using Quartz;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>The one Quartz job type: runs the contract job named by the job key through the runner.</summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJobHost(JobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var fire = new JobFire(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.FireTimeUtc, context.FireInstanceId, context.Scheduler.SchedulerInstanceId);
        await runner.RunAsync(context.JobDetail.Key.Name, cancellationToken, fire).ConfigureAwait(false);
    }
}
