using System.Data;
using System.Data.Common;
using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Bot.Storage;

/// <summary>
/// Bot state in the project's database (SQLite or PostgreSQL) in a table of its own, <c>kernel_state</c>. A turn's
/// reads are one SELECT on a pooled connection and its writes one piece of <see cref="IDbConnectionFactory.WriteAsync{T}"/>
/// (on SQLite the process's writer connection, group-committed with other turns' writes: no pooled open, no busy
/// wait), because this sits on the hot path of every turn. The table itself comes from the archive's migrations,
/// which the host runs at start-up before anything reads state.
/// </summary>
internal sealed class DbStorage(IDbConnectionFactory connections) : IStorage
{
    private const string Table = "kernel_state";

    public async Task<IReadOnlyDictionary<string, StorageEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return new Dictionary<string, StorageEntry>(StringComparer.Ordinal);
        return await connections.ReadAsync<IReadOnlyDictionary<string, StorageEntry>>(async (connection, ct) =>
        {
            // The text depends only on how many keys there are, so the reader connection keeps it prepared.
            await using var cmd = connection.PreparedCommand(ReadSql(keys.Count));
            AddKeys(cmd.Parameters, cmd.CreateParameter, keys);
            await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await ReadRowsAsync(reader, keys.Count, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether this storage's rows are in the database of <paramref name="factory"/> (a lock there can read them).</summary>
    internal bool Uses(IDbConnectionFactory factory) => ReferenceEquals(connections, factory);

    /// <summary>The read of <see cref="ReadAsync"/> as one more command of a batch (the turn lock's, on PostgreSQL).</summary>
    internal static void AddRead(DbBatch batch, IReadOnlyCollection<string> keys)
    {
        var cmd = batch.CreateBatchCommand();
        cmd.CommandText = ReadSql(keys.Count);
        AddKeys(cmd.Parameters, cmd.CreateParameter, keys);
        batch.BatchCommands.Add(cmd);
    }

    /// <summary>The rows of the read's result set, keyed as <see cref="ReadAsync"/> returns them.</summary>
    internal static async Task<IReadOnlyDictionary<string, StorageEntry>> ReadRowsAsync(DbDataReader reader, int capacity, CancellationToken ct)
    {
        var result = new Dictionary<string, StorageEntry>(capacity, StringComparer.Ordinal);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = new StorageEntry(reader.GetString(2), reader.GetString(1));
        }
        return result;
    }

    private static readonly string[] ReadTexts = [.. Enumerable.Range(0, 9).Select(BuildReadSql)];

    private static string ReadSql(int count) => count < ReadTexts.Length ? ReadTexts[count] : BuildReadSql(count);

    private static string BuildReadSql(int count) =>
        $"SELECT key, etag, data FROM {Table} WHERE key IN ({string.Join(',', Enumerable.Range(0, count).Select(i => "@k" + i))})";

    private static void AddKeys(DbParameterCollection parameters, Func<DbParameter> create, IReadOnlyCollection<string> keys)
    {
        var i = 0;
        foreach (var key in keys) Add(parameters, create, "@k" + i++, key);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        // On SQLite this is committed together with other turns' writes (group commit); a conflict undoes this write only.
        return await connections.WriteAsync<IReadOnlyDictionary<string, string>>(async (connection, tx, ct) =>
        {
            // PostgreSQL: the turn's rows in one round trip (a batch) instead of one each; SQLite runs them in process.
            if (connection.CanCreateBatch) return await WriteBatchAsync(connection, tx, changes, ct).ConfigureAwait(false);
            var tags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
            foreach (var (key, entry) in changes)
            {
                tags[key] = ETags.New();
                await using var cmd = connection.PreparedCommand(WriteSql(entry), tx);
                AddParameters(cmd.Parameters, cmd.CreateParameter, key, tags[key], entry);
                if (await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != 1) throw new StorageConflictException(key);
            }
            return tags;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The write of <see cref="WriteAsync"/> as one batch (PostgreSQL), in <paramref name="tx"/> or, without one, as
    /// PostgreSQL's implicit transaction of a batch (the turn lock's connection, <c>PostgresClusterLock</c>): a row whose
    /// eTag no longer matches makes its command fail (a division by zero), which undoes the whole write and is thrown as
    /// <see cref="StorageConflictException"/> naming the row.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<string, string>> WriteBatchAsync(DbConnection connection, DbTransaction? tx, IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        await using var batch = connection.CreateBatch();
        batch.Transaction = tx;
        var tags = AddWrites(batch, changes);
        try
        {
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (DbException ex) when (ConflictKey(batch, changes, ex) is { } stale)
        {
            throw new StorageConflictException(stale);
        }
        return tags;
    }

    /// <summary>The commands of <see cref="WriteBatchAsync"/>, in the keys' order, and the new eTag of each key.</summary>
    private static IReadOnlyDictionary<string, string> AddWrites(DbBatch batch, IReadOnlyDictionary<string, StorageEntry> changes)
    {
        var tags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        foreach (var (key, entry) in changes)
        {
            tags[key] = ETags.New();
            var cmd = batch.CreateBatchCommand();
            cmd.CommandText = entry.ETag == ETags.Any ? WriteSql(entry) : $"WITH w AS ({WriteSql(entry)} RETURNING 1) SELECT 1 / count(*) FROM w";
            AddParameters(cmd.Parameters, cmd.CreateParameter, key, tags[key], entry);
            batch.BatchCommands.Add(cmd);
        }
        return tags;
    }

    /// <summary>The key whose stale eTag failed a batch of <see cref="AddWrites"/>; null when the failure was something else.</summary>
    private static string? ConflictKey(DbBatch batch, IReadOnlyDictionary<string, StorageEntry> changes, DbException failure)
    {
        // 22012 division_by_zero: only the eTag check divides. The failed command is known when the connection string
        // lets Npgsql say (Include Failed Batched Command, PostgresTuning); otherwise the first checked row is named.
        if (failure.SqlState != "22012") return null;
        var index = failure.BatchCommand is { } failed ? batch.BatchCommands.IndexOf(failed) : -1;
        return index >= 0 && index < changes.Count ? changes.Keys.ElementAt(index) : changes.First(c => c.Value.ETag != ETags.Any).Key;
    }

    private static string WriteSql(StorageEntry entry) => entry.ETag switch
    {
        ETags.Any => $"INSERT INTO {Table} (key, etag, data) VALUES (@k, @t, @d) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data",
        null => $"INSERT INTO {Table} (key, etag, data) VALUES (@k, @t, @d) ON CONFLICT (key) DO NOTHING",
        _ => $"UPDATE {Table} SET etag = @t, data = @d WHERE key = @k AND etag = @o",
    };

    private static void AddParameters(DbParameterCollection parameters, Func<DbParameter> create, string key, string tag, StorageEntry entry)
    {
        Add(parameters, create, "@k", key);
        Add(parameters, create, "@t", tag);
        Add(parameters, create, "@d", entry.Json);
        if (entry.ETag is not null and not ETags.Any) Add(parameters, create, "@o", entry.ETag);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return;
        await connections.WriteAsync(async (connection, tx, ct) =>
        {
            await using var cmd = Command(connection, tx, string.Empty);
            var names = new List<string>(keys.Count);
            foreach (var key in keys)
            {
                names.Add("@k" + names.Count);
                AddParameter(cmd, names[^1], key);
            }
            cmd.CommandText = $"DELETE FROM {Table} WHERE key IN ({string.Join(',', names)})";
            return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static void AddParameter(DbCommand cmd, string name, string value) => Add(cmd.Parameters, cmd.CreateParameter, name, value);

    private static void Add(DbParameterCollection parameters, Func<DbParameter> create, string name, string value)
    {
        var p = create();
        p.ParameterName = name;
        p.DbType = DbType.String;
        p.Value = value;
        parameters.Add(p);
    }
}
