using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>Runs the dispatcher: drain what is due, then sleep until a write in this process or the next poll.</summary>
internal sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxStore store,
    OutboxSignal signal,
    IDbConnectionFactory db,
    IOptions<SchedulerOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Outbox.DispatcherEnabled) return;
        await Task.Yield();
        if (db.Provider == StorageProvider.Sqlite)
        {
            // SQLite means one node: leases left by a previous process are from a crash and can be taken back now.
            var released = await store.ReleaseAllLeasesAsync(stoppingToken).ConfigureAwait(false);
            if (released > 0) logger.LogWarning("Released {Count} outbox leases left by a previous process", released);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DrainAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(options.Value.Outbox.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be restarting; keep the loop alive and try again after a pause.
                logger.LogError(ex, "Outbox dispatch failed; retrying");
                try
                {
                    await Task.Delay(options.Value.Outbox.PollInterval * 5, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
