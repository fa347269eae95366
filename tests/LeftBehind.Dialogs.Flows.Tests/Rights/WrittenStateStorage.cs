using LeftBehind.Dialogs.State;

namespace LeftBehind.Tests.Rights;

/// <summary>The kernel's memory storage, with every key written kept so a test can read all that is stored.</summary>
internal sealed class WrittenStateStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly HashSet<string> _keys = [];
    private readonly Lock _gate = new();

    public Task<IReadOnlyDictionary<string, StorageEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default)
    {
        lock (_gate) _keys.UnionWith(changes.Keys);
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);

    /// <summary>Everything stored now, as JSON text.</summary>
    public async Task<string> AllAsync()
    {
        List<string> keys;
        lock (_gate) keys = [.. _keys];
        return string.Join("\n", (await _inner.ReadAsync(keys)).Values.Select(e => e.Json));
    }
}
