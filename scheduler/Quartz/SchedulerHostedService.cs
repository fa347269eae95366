using LeftBehind.Scheduler.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>Stores the configured schedules, then starts Quartz (which first handles fires missed while down).</summary>
internal sealed class SchedulerHostedService(ISchedulerFactory factory, TriggerSynchronizer synchronizer, IOptions<SchedulerOptions> options) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        await synchronizer.SynchronizeAsync(scheduler, cancellationToken).ConfigureAwait(false);
        await scheduler.Start(cancellationToken).ConfigureAwait(false);
        _scheduler = scheduler;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is null) return;
        await _scheduler.Shutdown(true, cancellationToken).ConfigureAwait(false);
    }
}
