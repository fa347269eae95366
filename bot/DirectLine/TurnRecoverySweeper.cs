using LeftBehind.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// Runs the Direct Line turns an instance left undone when it died (the user's activity is stored, its turn never
/// finished), on whichever instance looks first. A conversation is taken only when it was due on the previous look
/// too and nobody holds its turn order (<see cref="DirectLineService.RecoverAsync"/>), so a live instance that just
/// stored an activity keeps its own turn. On one instance (SQLite) the same sweep runs what a crash left, after a restart,
/// and then looks less often while it finds nothing (<see cref="RecoveryCadence"/>).
/// </summary>
internal sealed class TurnRecoverySweeper(
    DirectLineStore store,
    DirectLineService service,
    InFlightTurns inFlight,
    LeftBehind.Dialogs.State.IClusterLock clusterLock,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<TurnRecoverySweeper> logger) : BackgroundService
{
    private const int PerSweep = 200;
    private HashSet<string> _duePreviously = new(StringComparer.Ordinal);

    /// <summary>One look; returns how many turns were run.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var due = (await store.ListDueAsync(PerSweep, ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var ran = 0;
        foreach (var conversationId in due.Where(_duePreviously.Contains))
        {
            try
            {
                ran += await inFlight.Track(service.RecoverAsync(conversationId, ct)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Recovering the turns of conversation {ConversationId} failed", conversationId);
            }
        }
        _duePreviously = due;
        return ran;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var cadence = new RecoveryCadence(TimeSpan.FromMilliseconds(o.TurnRecoveryMilliseconds), TimeSpan.FromMilliseconds(o.TurnRecoveryIdleMaxMilliseconds), clusterLock.SpansProcesses);
        while (true)
        {
            await Task.Delay(cadence.Next, time, stoppingToken).ConfigureAwait(false);
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
                cadence.Looked(_duePreviously.Count > 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Turn recovery sweep failed: {Error}", ex.GetType().Name);
                cadence.Looked(foundDue: true);
            }
        }
    }
}
