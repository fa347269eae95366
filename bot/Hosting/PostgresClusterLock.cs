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
    private static readonly IReadOnlyDictionary<string, StorageEntry> NoRows = new Dictionary<string, StorageEntry>();

    public bool SpansProcesses => true;

    public bool CanRead(IStorage storage) => storage is DbStorage rows && rows.Uses(db);

    public async ValueTask<LockedRows> AcquireAndReadAsync(string key, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        (await LockAsync(key, wait: true, keys, cancellationToken).ConfigureAwait(false))!;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default) =>
        (await LockAsync(key, wait: true, null, cancellationToken).ConfigureAwait(false))!.Held;

    public async ValueTask<IAsyncDisposable?> TryAcquireAsync(string key, CancellationToken cancellationToken = default) =>
        (await LockAsync(key, wait: false, null, cancellationToken).ConfigureAwait(false))?.Held;

    /// <summary>The lock, and the state rows <paramref name="keys"/> in the same round trip; null when a try found it held.</summary>
    private async ValueTask<LockedRows?> LockAsync(string key, bool wait, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
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
            lockCommand.CommandText = wait ? "SELECT pg_advisory_xact_lock(hashtextextended(@k, 0))" : "SELECT pg_try_advisory_xact_lock(hashtextextended(@k, 0))";
            var p = lockCommand.CreateParameter();
            p.ParameterName = "@k";
            p.Value = key;
            lockCommand.Parameters.Add(p);
            batch.BatchCommands.Add(lockCommand);
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
                await tx.DisposeAsync().ConfigureAwait(false);
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
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
