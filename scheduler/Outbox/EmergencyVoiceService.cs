using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>Runs the emergency voice step every minute (like the escalation service: minutes matter).</summary>
internal sealed class EmergencyVoiceService(EmergencyVoiceCaller caller, TimeProvider time, ILogger<EmergencyVoiceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await caller.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Emergency voice step failed; retrying next minute");
            }
        }
    }
}
