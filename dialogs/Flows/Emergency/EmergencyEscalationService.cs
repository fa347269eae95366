using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// Repeats and escalates unacknowledged emergencies every minute. Minutes matter here, so this does not wait for a
/// cron job; the escalator's per-round keys make a second instance (clustered) or a re-run harmless.
/// </summary>
internal sealed class EmergencyEscalationService(EmergencyEscalator escalator, TimeProvider time, ILogger<EmergencyEscalationService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var run = await escalator.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                if (run.Repeats + run.Escalations > 0)
                    logger.LogInformation("Emergency round: {Emergencies} open, {Repeats} repeats, {Escalations} escalations", run.Emergencies, run.Repeats, run.Escalations);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Emergency escalation round failed; retrying next minute");
            }
        }
    }
}
