using Microsoft.Extensions.Hosting;

namespace LeftBehind.Scheduler.Storage;

/// <summary>Creates the scheduler's tables before Quartz or the dispatcher touch them.</summary>
internal sealed class SchedulerSchemaInitializer(SchedulerSchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schema.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
