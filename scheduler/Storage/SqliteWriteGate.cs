using LeftBehind.Archive.Storage;

namespace LeftBehind.Scheduler.Storage;

/// <summary>
/// SQLite has one writer at a time and answers a second one with "busy", which the driver turns into a sleep and
/// retry. The outbox's own writes (job inserts, claims, completions) therefore queue here in-process instead, so
/// a county-wide job and the dispatcher take turns without sleeping. On PostgreSQL the gate is open.
/// </summary>
internal sealed class SqliteWriteGate(IDbConnectionFactory db)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (db.Provider != StorageProvider.Sqlite) return null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }
}
