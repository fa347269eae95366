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
        var result = new Dictionary<string, StorageEntry>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0) return result;
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.CreateCommand();
        var names = new string[keys.Count];
        var i = 0;
        foreach (var key in keys)
        {
            names[i] = "@k" + i;
            AddParameter(cmd, names[i], key);
            i++;
        }
        cmd.CommandText = $"SELECT key, etag, data FROM {Table} WHERE key IN ({string.Join(',', names)})";
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = new StorageEntry(reader.GetString(2), reader.GetString(1));
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StorageEntry> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        // On SQLite this is committed together with other turns' writes (group commit); a conflict undoes this write only.
        return await connections.WriteAsync<IReadOnlyDictionary<string, string>>(async (connection, tx, ct) =>
        {
            var tags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
            foreach (var (key, entry) in changes)
            {
                var tag = ETags.New();
                await using var cmd = Command(connection, tx, entry.ETag switch
                {
                    ETags.Any => $"INSERT INTO {Table} (key, etag, data) VALUES (@k, @t, @d) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data",
                    null => $"INSERT INTO {Table} (key, etag, data) VALUES (@k, @t, @d) ON CONFLICT (key) DO NOTHING",
                    _ => $"UPDATE {Table} SET etag = @t, data = @d WHERE key = @k AND etag = @o",
                });
                AddParameter(cmd, "@k", key);
                AddParameter(cmd, "@t", tag);
                AddParameter(cmd, "@d", entry.Json);
                if (entry.ETag is not null and not ETags.Any) AddParameter(cmd, "@o", entry.ETag);
                if (await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false) != 1) throw new StorageConflictException(key);
                tags[key] = tag;
            }
            return tags;
        }, cancellationToken).ConfigureAwait(false);
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

    private static void AddParameter(DbCommand cmd, string name, string value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = DbType.String;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
