using LeftBehind.Dialogs.State;

namespace LeftBehind.Bot.Hosting;

/// <summary>One instance (SQLite): the cluster lock is the process's keyed lock.</summary>
internal sealed class LocalClusterLock(ConversationLocks locks) : IClusterLock
{
    public bool SpansProcesses => false;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) =>
        new Held(await locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false));

    private sealed class Held(ConversationLocks.Releaser releaser) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            releaser.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
