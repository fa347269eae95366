using LeftBehind.Dialogs.State;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// The host's cluster lock, telling the test when a caller had to wait for it: the signal that a turn is queued behind
/// another one (instead of a sleep that hopes it got there).
/// </summary>
internal sealed class ObservedClusterLock(IClusterLock inner) : IClusterLock
{
    private readonly TaskCompletionSource<string> _waited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool SpansProcesses => inner.SpansProcesses;

    /// <summary>Completes with the key of the first acquisition that could not be granted at once.</summary>
    public Task<string> FirstWait => _waited.Task;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        var pending = inner.AcquireAsync(key, cancellationToken);
        if (!pending.IsCompleted) _waited.TrySetResult(key);
        return await pending;
    }

    public ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default) => inner.TryAcquireAsync(key, cancellationToken);
}
