namespace LeftBehind.Dialogs.State;

/// <summary>
/// Writes a turn's state rows the way <see cref="IStorage.WriteAsync"/> does (atomically, eTags checked, a
/// <see cref="StorageConflictException"/> undoing the whole write), on the connection of a held cluster lock
/// (<see cref="LockedRows.Writer"/>): the write needs no connection or transaction of its own.
/// </summary>
public interface IStateWriter
{
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default);
}
