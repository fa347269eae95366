using System.Collections.Concurrent;

namespace LeftBehind.Archive.Services;

/// <summary>
/// A few seconds' memory of values read on every turn (who a sender is, their preferences). The service that changes
/// a value invalidates it after its commit; a read that raced with an invalidation is not stored
/// (<see cref="Generation"/> is taken before the read), so a revoked binding is gone from the next turn on.
/// The time limit only bounds changes made outside this process. Bounded: cleared when full.
/// </summary>
internal sealed class ShortLivedCache<TKey, TValue>(TimeProvider time, TimeSpan ttl, int maxEntries) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Expires)> _entries = new();
    private long _generation;

    /// <summary>Take before reading the database; pass to <see cref="Set"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var e) && e.Expires > time.GetUtcNow())
        {
            value = e.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, long generation)
    {
        if (Generation != generation) return;
        if (_entries.Count >= maxEntries) _entries.Clear();
        _entries[key] = (value, time.GetUtcNow() + ttl);
        // An invalidation between the check and the store: the value may be stale.
        if (Generation != generation) _entries.TryRemove(key, out _);
    }

    public void Invalidate(TKey key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
