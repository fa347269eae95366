using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Commands kept prepared on SQLite's long-lived writer connection (<see cref="SqliteBatchWriter"/>): SQLite parses a
/// statement again for every new command (Microsoft.Data.Sqlite keeps it only per command), and every turn runs the
/// same few writes there (issue 16). Any other connection gets a new command, to be disposed by the caller.
/// Not thread-safe per connection, as the connection itself is not: the writer runs one piece at a time.
/// </summary>
public static class WriterCommands
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Kept = [];

    /// <summary>The command for <paramref name="sql"/> with its string parameters set (kept on the writer, else new).</summary>
    public static WriterCommand Get(DbConnection connection, DbTransaction? tx, string sql, params ReadOnlySpan<(string Name, string Value)> parameters)
    {
        if (connection is SqliteConnection sqlite && SqliteBatchWriter.IsWriter(sqlite))
        {
            var kept = Kept.GetValue(sqlite, static _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
            if (!kept.TryGetValue(sql, out var cmd))
            {
                cmd = sqlite.CreateCommand();
                cmd.CommandText = sql;
                foreach (var (name, _) in parameters) cmd.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
                kept[sql] = cmd;
            }
            cmd.Transaction = (SqliteTransaction?)tx;
            foreach (var (name, value) in parameters) cmd.Parameters[name].Value = value;
            return new WriterCommand(cmd, Kept: true);
        }
        var fresh = connection.CreateCommand();
        fresh.CommandText = sql;
        fresh.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            var p = fresh.CreateParameter();
            p.ParameterName = name;
            p.DbType = DbType.String;
            p.Value = value;
            fresh.Parameters.Add(p);
        }
        return new WriterCommand(fresh, Kept: false);
    }
}
