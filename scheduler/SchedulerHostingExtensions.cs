using Microsoft.Extensions.Hosting;

namespace LeftBehind.Scheduler;

public static class SchedulerHostingExtensions
{
    /// <summary>Quartz with its persistent store, the jobs, and the proactive outbox.</summary>
    public static IHostApplicationBuilder AddScheduler(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
