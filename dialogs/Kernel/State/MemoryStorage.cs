namespace LeftBehind.Dialogs.State;

/// <summary>In-process storage for tests and benchmarks; never the production default.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StorageEntry> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<IReadOnlyDictionary<string, StorageEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, StorageEntry>(keys.Count, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var e)) result[key] = new StorageEntry(e.Json, e.ETag);
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StorageEntry>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default)
    {
        var tags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, entry) in changes)
            {
                var stored = _items.TryGetValue(key, out var old) ? old.ETag : null;
                if (!ETags.Allows(stored, entry.ETag)) throw new StorageConflictException(key);
            }
            foreach (var (key, entry) in changes)
            {
                var tag = ETags.New();
                _items[key] = new StorageEntry(entry.Json, tag);
                tags[key] = tag;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(tags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in keys) _items.Remove(key);
        }
        return Task.CompletedTask;
    }
}
