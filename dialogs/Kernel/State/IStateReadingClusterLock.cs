namespace LeftBehind.Dialogs.State;

/// <summary>
/// A cluster lock that can read the turn's state rows in the same round trip as it takes the lock (PostgreSQL: one
/// batch on the lock's connection). With several instances every turn reads its state afresh under the lock; this
/// saves that read its own connection and round trip. Only for a storage the lock shares a database with.
/// </summary>
public interface IStateReadingClusterLock : IClusterLock
{
    /// <summary>Whether <see cref="AcquireAndReadAsync"/> reads the rows <paramref name="storage"/> would.</summary>
    bool CanRead(IStorage storage);

    /// <summary>Waits for the lock, then reads <paramref name="keys"/> as <see cref="IStorage.ReadAsync"/> would; dispose to release.</summary>
    ValueTask<LockedRows> AcquireAndReadAsync(string key, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
