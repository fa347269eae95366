using System.Data.Common;

namespace LeftBehind.Archive.Storage;

/// <summary>Opens connections to the project's one database, whichever provider is configured.</summary>
public interface IDbConnectionFactory
{
    StorageProvider Provider { get; }

    /// <summary>A connection for reads, or for writes under <see cref="EnterWriteAsync"/>.</summary>
    ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="read"/> on a connection for reads. On SQLite one of the process's long-lived reader
    /// connections, where <see cref="DbCommandExtensions.PreparedCommand"/> gives commands prepared by earlier reads (for
    /// fixed texts run on every turn); on PostgreSQL a pooled connection (Npgsql prepares repeated statements itself).
    /// </summary>
    Task<T> ReadAsync<T>(DbRead<T> read, CancellationToken cancellationToken = default);

    /// <summary>
    /// This process's turn to write. On SQLite one writer at a time (shared with <see cref="WriteAsync{T}"/>'s batches,
    /// and with EF Core's writes when <c>Storage:GateEfWrites</c> is on), so writers queue here without a thread
    /// instead of sleeping in SQLite's busy handler; hold it around the write transaction only (BEGIN … COMMIT), and
    /// never wait for another write (WriteAsync included) while holding it. On PostgreSQL it returns at once. Dispose to
    /// let the next one in.
    /// </summary>
    ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and returns once it is committed. On SQLite the work queues for
    /// the process's writer connection and is committed together with whatever else queued meanwhile (one BEGIN
    /// IMMEDIATE … COMMIT per batch, each piece in its own savepoint: a piece that throws is undone alone and its
    /// exception comes back here). The work must only run statements: it may not wait for anything else. On PostgreSQL
    /// it runs in its own transaction on a pooled connection.
    /// </summary>
    Task<T> WriteAsync<T>(DbWork<T> work, CancellationToken cancellationToken = default);
}
