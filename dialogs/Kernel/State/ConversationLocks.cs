namespace LeftBehind.Dialogs.State;

/// <summary>
/// An async lock per conversation key. Entries are reference-counted and removed when the last holder or waiter
/// leaves, so the table never grows beyond the conversations currently in a turn.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int ActiveCount
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>Waits for the key's lock; <see cref="Releaser.WasContended"/> tells whether another turn held it.</summary>
    public async ValueTask<Releaser> AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }
            entry.References++;
        }
        try
        {
            var contended = !entry.Semaphore.Wait(0, CancellationToken.None);
            if (contended) await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new Releaser(this, key, entry, contended);
        }
        catch
        {
            Leave(key, entry, release: false);
            throw;
        }
    }

    private void Leave(string key, Entry entry, bool release)
    {
        if (release) entry.Semaphore.Release();
        lock (_gate)
        {
            if (--entry.References == 0) _entries.Remove(key);
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int References;
    }

    public readonly struct Releaser : IDisposable
    {
        private readonly ConversationLocks _owner;
        private readonly string _key;
        private readonly Entry _entry;

        internal Releaser(ConversationLocks owner, string key, object entry, bool contended)
        {
            _owner = owner;
            _key = key;
            _entry = (Entry)entry;
            WasContended = contended;
        }

        public bool WasContended { get; }

        public void Dispose() => _owner?.Leave(_key, _entry, release: true);
    }
}
