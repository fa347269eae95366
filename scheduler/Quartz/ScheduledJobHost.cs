using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>The one Quartz job type: runs the contract job named by the job key through the runner.</summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJobHost(JobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await runner.RunAsync(context.JobDetail.Key.Name, cancellationToken).ConfigureAwait(false);
    }
}
