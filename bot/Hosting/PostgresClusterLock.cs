using System.Data.Common;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Bot.Hosting;

/// <summary>
/// <c>pg_advisory_xact_lock</c> on the key's 64-bit hash, in a transaction on a connection of its own held until
/// release: the lock goes with the transaction, so a process killed mid-turn frees it when its connection drops. A
/// turn's state rows (<see cref="DbStorage"/>) can be read in the same round trip, after the lock is granted.
/// </summary>
internal sealed class PostgresClusterLock(IDbConnectionFactory db) : IStateReadingClusterLock
{
    public bool SpansProcesses => true;

    public bool CanRead(IStorage storage) => storage is DbStorage rows && rows.Uses(db);

    public async ValueTask<LockedRows> AcquireAndReadAsync(string key, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        DbTransaction? tx = null;
        try
        {
            tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var batch = connection.CreateBatch();
            batch.Transaction = tx;
            // Behind a queue of turns of one busy conversation the wait can pass a command's default 30 s.
            batch.Timeout = 300;
            var lockCommand = batch.CreateBatchCommand();
            lockCommand.CommandText = "SELECT pg_advisory_xact_lock(hashtextextended(@k, 0))";
            var p = lockCommand.CreateParameter();
            p.ParameterName = "@k";
            p.Value = key;
            lockCommand.Parameters.Add(p);
            batch.BatchCommands.Add(lockCommand);
            // Statements of a batch run in order: the SELECT starts once the lock is granted and sees what its last holder committed.
            DbStorage.AddRead(batch, keys);
            IReadOnlyDictionary<string, StorageEntry> rows;
            await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                rows = await DbStorage.ReadRowsAsync(reader, keys.Count, cancellationToken).ConfigureAwait(false);
            }
            return new LockedRows(new Held(connection, tx), rows);
        }
        catch
        {
            if (tx is not null) await tx.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) =>
        (await LockAsync(key, wait: true, cancellationToken).ConfigureAwait(false))!;

    public ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default) =>
        LockAsync(key, wait: false, cancellationToken);

    private async ValueTask<IAsyncDisposable?> LockAsync(string key, bool wait, CancellationToken cancellationToken)
    {
        var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        DbTransaction? tx = null;
        try
        {
            tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = wait ? "SELECT pg_advisory_xact_lock(hashtextextended(@k, 0))" : "SELECT pg_try_advisory_xact_lock(hashtextextended(@k, 0))";
            // Behind a queue of turns of one busy conversation the wait can pass a command's default 30 s.
            cmd.CommandTimeout = 300;
            var p = cmd.CreateParameter();
            p.ParameterName = "@k";
            p.Value = key;
            cmd.Parameters.Add(p);
            var result = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (!wait && result is false)
            {
                await tx.DisposeAsync().ConfigureAwait(false);
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }
            return new Held(connection, tx);
        }
        catch
        {
            if (tx is not null) await tx.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Held(DbConnection connection, DbTransaction tx) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Commit ends the transaction and with it the lock; nothing else was written in it.
                await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException)
            {
                // A broken connection released the lock already.
            }
            finally
            {
                await tx.DisposeAsync().ConfigureAwait(false);
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
