using System.Collections.Concurrent;

namespace LeftBehind.Bot.Hosting;

/// <summary>
/// Turns still running after their HTTP answer (the 15-second rule) are tracked here, so shutdown waits for them
/// instead of cutting a dialog step in half. Registered before the web server, so it stops after it.
/// </summary>
internal sealed class InFlightTurns(ILogger<InFlightTurns> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public int Count => _running.Count;

    public T Track<T>(T turn) where T : Task
    {
        _running.TryAdd(turn, 0);
        _ = turn.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return turn;
    }

    /// <summary>Completes when every turn running now has finished (shutdown; tests that read what a turn wrote).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_running.Keys.ToArray());

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_running.IsEmpty) return;
        logger.LogInformation("Waiting for {Count} turns in flight", _running.Count);
        try
        {
            await WhenIdleAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown timeout with {Count} turns still running", _running.Count);
        }
        catch (Exception)
        {
            // Turn failures were logged where they happened; shutdown only waits.
        }
    }
}
