namespace LeftBehind.Dialogs.State;

/// <summary>
/// A lock by name that holds across every instance of the service (PostgreSQL: an advisory transaction lock), or
/// within the process when there is only one (SQLite). The host composes it.
/// </summary>
public interface IClusterLock
{
    /// <summary>True when the lock also excludes other processes.</summary>
    bool SpansProcesses { get; }

    /// <summary>Waits for the lock; dispose to release it. A holder that dies releases it with its connection.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Takes the lock only if nobody holds it; null otherwise. How work left by a dead holder is found free.</summary>
    ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default);
}
