namespace LeftBehind.Scheduler.Outbox;

/// <summary>Wakes the dispatcher when rows are written in this process, so it need not wait for its next poll.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

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
