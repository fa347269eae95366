using LeftBehind.Bot.DirectLine;
using LeftBehind.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// Runs the turns of WeChat messages that were stored (and answered <c>success</c>) but whose turn no instance
/// finished: never claimed (a crash between storing and claiming) or claimed by an instance that died mid-turn. Every
/// <see cref="DirectLineOptions.TurnRecoveryMilliseconds"/>; a message is taken when it was unfinished on the previous
/// look too and nobody holds its lock (<see cref="WeChatInboundProcessor.ResumeAsync"/>). At start this runs what the
/// last stop left; on one instance it then looks less often while it finds nothing (<see cref="RecoveryCadence"/>).
/// </summary>
internal sealed class WeChatRecoveryService(
    WeChatStore store,
    WeChatInboundProcessor processor,
    InFlightTurns inFlight,
    LeftBehind.Dialogs.State.IClusterLock clusterLock,
    IOptions<WeChatOptions> options,
    IOptions<DirectLineOptions> recovery,
    TimeProvider time,
    ILogger<WeChatRecoveryService> logger) : BackgroundService
{
    private const int PerSweep = 200;
    private HashSet<string> _unfinishedPreviously = new(StringComparer.Ordinal);

    /// <summary>One look; returns how many messages were run.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var rows = await store.ListUnfinishedAsync(PerSweep, ct).ConfigureAwait(false);
        var ran = 0;
        foreach (var (key, fields, baseUrl) in rows.Where(r => _unfinishedPreviously.Contains(r.Key)))
        {
            if (await inFlight.Track(processor.ResumeAsync(key, fields, baseUrl, ct)).ConfigureAwait(false)) ran++;
        }
        _unfinishedPreviously = rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return ran;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        var r = recovery.Value;
        var cadence = new RecoveryCadence(TimeSpan.FromMilliseconds(r.TurnRecoveryMilliseconds), TimeSpan.FromMilliseconds(r.TurnRecoveryIdleMaxMilliseconds), clusterLock.SpansProcesses);
        while (true)
        {
            await Task.Delay(cadence.Next, time, stoppingToken).ConfigureAwait(false);
            try
            {
                var ran = await SweepAsync(stoppingToken).ConfigureAwait(false);
                if (ran > 0) logger.LogWarning("Ran {Count} WeChat messages no instance had finished", ran);
                cadence.Looked(_unfinishedPreviously.Count > 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "WeChat recovery sweep failed");
                cadence.Looked(foundDue: true);
            }
        }
    }
}
