namespace LeftBehind.Dialogs.State;

/// <summary>A held cluster lock and the state rows read under it (<see cref="IStateReadingClusterLock"/>).</summary>
public sealed record LockedRows(IAsyncDisposable Held, IReadOnlyDictionary<string, StorageEntry> Rows);
