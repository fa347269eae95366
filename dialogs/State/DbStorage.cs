using System.Data;
using System.Data.Common;
using LeftBehind.Archive.Storage;

namespace LeftBehind.Dialogs.State;

/// <summary>
/// Bot state in the project's database (SQLite or PostgreSQL) in a table of its own, <c>kernel_state</c>. A turn's
/// reads are one SELECT and its writes one transaction, because this sits on the hot path of every turn.
/// </summary>
public sealed class DbStorage(IDbConnectionFactory connections) : IStorage
{
    private const string Table = "kernel_state";
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<IReadOnlyDictionary<string, StorageEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, StorageEntry>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0) return result;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
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
        var tags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0) return tags;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (key, entry) in changes)
        {
            var tag = ETags.New();
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            AddParameter(cmd, "@k", key);
            AddParameter(cmd, "@t", tag);
            AddParameter(cmd, "@d", entry.Json);
            cmd.CommandText = entry.ETag switch
            {
                ETags.Any => $"INSERT INTO {Table} (key, etag, data) VALUES (@k, @t, @d) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data",
                null => $"INSERT INTO {Table} (key, etag, data) VALUES (@k, @t, @d) ON CONFLICT (key) DO NOTHING",
                _ => $"UPDATE {Table} SET etag = @t, data = @d WHERE key = @k AND etag = @o",
            };
            if (entry.ETag is not null and not ETags.Any) AddParameter(cmd, "@o", entry.ETag);
            var rows = await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (rows != 1)
            {
                await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw new StorageConflictException(key);
            }
            tags[key] = tag;
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return tags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.CreateCommand();
        var names = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            names.Add("@k" + names.Count);
            AddParameter(cmd, names[^1], key);
        }
        cmd.CommandText = $"DELETE FROM {Table} WHERE key IN ({string.Join(',', names)})";
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        if (_schemaReady) return connection;
        try
        {
            await EnsureSchemaAsync(connection, ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(DbConnection connection, CancellationToken ct)
    {
        await _schemaGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_schemaReady) return;
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"CREATE TABLE IF NOT EXISTS {Table} (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, data TEXT NOT NULL)";
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
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
