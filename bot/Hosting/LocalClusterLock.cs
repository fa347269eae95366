using LeftBehind.Dialogs.State;

namespace LeftBehind.Bot.Hosting;

/// <summary>One instance (SQLite): the cluster lock is the process's keyed lock.</summary>
internal sealed class LocalClusterLock(ConversationLocks locks) : IClusterLock
{
    public bool SpansProcesses => false;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) =>
        new Held(await locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false));

    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        // An uncontended acquisition never looks at the token; a contended one gives up at once on a cancelled one.
        using var now = new CancellationTokenSource();
        await now.CancelAsync().ConfigureAwait(false);
        try
        {
            return new Held(await locks.AcquireAsync(key, now.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private sealed class Held(ConversationLocks.Releaser releaser) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            releaser.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
