using LeftBehind.Scheduler.Quartz;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Scheduler.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>Each contract job under its name, resolved per run in a scope of its own.</summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services)
    {
        return services;
    }
}
