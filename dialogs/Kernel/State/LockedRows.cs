namespace LeftBehind.Dialogs.State;

/// <summary>
/// A held cluster lock and the state rows read under it (<see cref="IStateReadingClusterLock"/>); with a
/// <paramref name="Writer"/> when the lock can also write the rows of that storage while it is held.
/// </summary>
public sealed record LockedRows(IAsyncDisposable Held, IReadOnlyDictionary<string, StorageEntry> Rows, IStateWriter? Writer = null);
