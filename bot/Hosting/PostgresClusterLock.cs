using System.Data.Common;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Bot.Hosting;

/// <summary>
/// <c>pg_advisory_lock</c> on the key's 64-bit hash, taken by a connection of its own held until release: a process
/// killed mid-turn frees it when its connection drops. A turn's state rows (<see cref="DbStorage"/>) are read in the
/// same round trip, after the lock is granted, and written on the same connection (<see cref="LockedRows.Writer"/>):
/// a turn on PostgreSQL costs the lock and the read, the write, and the release, three round trips on one connection.
/// The lock is the session's, not a transaction's, so it outlives the write's commit: the turn's replies go out
/// before the next turn of the conversation, on any instance, can start.
/// </summary>
internal sealed class PostgresClusterLock(IDbConnectionFactory db) : IStateReadingClusterLock
{
    private static readonly IReadOnlyDictionary<string, StorageEntry> NoRows = new Dictionary<string, StorageEntry>();

    public bool SpansProcesses => true;

    public bool CanRead(IStorage storage) => storage is DbStorage rows && rows.Uses(db);

    public async ValueTask<LockedRows> AcquireAndReadAsync(string key, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var (held, rows) = (await LockAsync(key, wait: true, keys, cancellationToken).ConfigureAwait(false))!.Value;
        return new LockedRows(held, rows, held);
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) =>
        (await LockAsync(key, wait: true, null, cancellationToken).ConfigureAwait(false))!.Value.Held;

    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default) =>
        (await LockAsync(key, wait: false, null, cancellationToken).ConfigureAwait(false))?.Held;

    /// <summary>The lock, and the state rows <paramref name="keys"/> in the same round trip; null when a try found it held.</summary>
    private async ValueTask<(Held Held, IReadOnlyDictionary<string, StorageEntry> Rows)?> LockAsync(string key, bool wait, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var held = new Held(connection, key);
        try
        {
            await using var batch = connection.CreateBatch();
            // Behind a queue of turns of one busy conversation the wait can pass a command's default 30 s.
            batch.Timeout = 300;
            batch.BatchCommands.Add(held.Command(batch, wait ? "SELECT pg_advisory_lock(hashtextextended(@k, 0))" : "SELECT pg_try_advisory_lock(hashtextextended(@k, 0))"));
            // Statements of a batch run in order: the SELECT starts once the lock is granted and sees what its last holder committed.
            if (keys is not null) DbStorage.AddRead(batch, keys);
            bool granted;
            IReadOnlyDictionary<string, StorageEntry> rows = NoRows;
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                granted = wait || (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetBoolean(0));
                if (keys is not null)
                {
                    if (!await reader.NextResultAsync(cancellationToken).ConfigureAwait(false)) throw new InvalidOperationException("The state read of the turn lock's batch returned no result.");
                    rows = await DbStorage.ReadRowsAsync(reader, keys.Count, cancellationToken).ConfigureAwait(false);
                }
            }
            if (!granted)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }
            return (held, rows);
        }
        catch
        {
            // The lock may have been granted before the read failed or the wait was cancelled: a session lock outlives
            // the failed statement, and the connection goes back to the pool.
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Held(DbConnection connection, string key) : IAsyncDisposable, IStateWriter
    {
        public DbBatchCommand Command(DbBatch batch, string sql)
        {
            var cmd = batch.CreateBatchCommand();
            cmd.CommandText = sql;
            var p = cmd.CreateParameter();
            p.ParameterName = "@k";
            p.Value = key;
            cmd.Parameters.Add(p);
            return cmd;
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default) =>
            DbStorage.WriteBatchAsync(connection, null, changes, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var batch = connection.CreateBatch();
                batch.BatchCommands.Add(Command(batch, "SELECT pg_advisory_unlock(hashtextextended(@k, 0))"));
                await batch.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                // A broken connection released the lock already (the server ends the session). One still open would go
                // back to the pool holding it (no reset on close): its pool is cleared, so it is closed, not reused.
                if (connection is Npgsql.NpgsqlConnection { State: System.Data.ConnectionState.Open } open) Npgsql.NpgsqlConnection.ClearPool(open);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
