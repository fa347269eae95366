using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Bench.Infra;

/// <summary>Reads a service's SQLite database from outside: integrity check, and per-table row counts and content hashes.</summary>
internal static class SqliteInspector
{
    public static async Task<string> IntegrityCheckAsync(string path)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await c.OpenAsync().ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        var lines = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
        while (await r.ReadAsync().ConfigureAwait(false)) lines.Add(r.GetString(0));
        return string.Join("; ", lines);
    }

    /// <summary>Table → (rows, SHA-256 of every row's values in rowid order), for a before/after comparison.</summary>
    public static async Task<SortedDictionary<string, (long Rows, string Hash)>> SnapshotAsync(string path)
    {
        var result = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await c.OpenAsync().ConfigureAwait(false);
        var tables = new List<string>();
        await using (var list = c.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var r = await list.ExecuteReaderAsync().ConfigureAwait(false);
            while (await r.ReadAsync().ConfigureAwait(false)) tables.Add(r.GetString(0));
        }
        foreach (var t in tables)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            await using var r = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
            var lines = new List<string>();
            while (await r.ReadAsync().ConfigureAwait(false))
            {
                rows++;
                var sb = new StringBuilder();
                for (var i = 0; i < r.FieldCount; i++) sb.Append(r.IsDBNull(i) ? "\u0000" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u0001');
                lines.Add(sb.ToString());
            }
            // Order-independent: the same rows hash the same whatever the scan order.
            lines.Sort(StringComparer.Ordinal);
            foreach (var l in lines) sha.AppendData(Encoding.UTF8.GetBytes(l + "\n"));
            result[t] = (rows, Convert.ToHexString(sha.GetHashAndReset())[..16]);
        }
        return result;
    }
}
