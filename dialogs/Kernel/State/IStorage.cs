namespace LeftBehind.Dialogs.State;

/// <summary>
/// Key/value storage with eTag optimistic concurrency (Bot Builder's IStorage). A write succeeds when nothing is
/// stored and the entry's eTag is null, when the eTag is "*", or when it equals the stored one; otherwise the whole
/// batch is rejected with <see cref="StorageConflictException"/>. Every successful write gets a new eTag.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the keys in one round trip; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StorageEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all changes atomically and returns the new eTag of each key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
