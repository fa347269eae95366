using LeftBehind.Archive.Storage;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Wakes the dispatcher when rows are written, so it need not wait for its next poll: in this process directly, in the
/// other instances over the <see cref="IBackplane"/> (and after a backplane reconnect, in case a wake-up was lost).
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    public const string Topic = "outbox";

    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly IBackplane _backplane;
    private readonly IDisposable[] _subscriptions;

    public OutboxSignal(IBackplane? backplane = null)
    {
        _backplane = backplane ?? new InProcessBackplane();
        _subscriptions = [_backplane.Subscribe(Topic, _ => Notify()), _backplane.OnReconnected(Notify)];
    }

    /// <summary>Rows were committed: every instance's dispatcher looks.</summary>
    public Task NotifyAllAsync(CancellationToken cancellationToken = default) => _backplane.PublishAsync(Topic, "", cancellationToken);

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }

    public void Notify()
    {
        try
        {
            if (_semaphore.CurrentCount == 0) _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of writes.
        }
    }

    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = _semaphore.WaitAsync(cts.Token);
        var delay = Task.Delay(timeout, time, cts.Token);
        var first = await Task.WhenAny(wait, delay).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(wait, delay).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loser of the race is cancelled on purpose.
        }

        cancellationToken.ThrowIfCancellationRequested();
        return first == wait && wait.IsCompletedSuccessfully;
    }
}
