using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// The SQLite writer connection's statements, prepared once and run again: Microsoft.Data.Sqlite finalizes a command's
/// statements when it is disposed, so every piece of a write batch parsed and planned its SQL afresh (about 7 % of a
/// real-flow turn's CPU went to SQLite's parser and planner, issue 16). Only fixed SQL texts belong here (<see
/// cref="DbCommandExtensions.PreparedCommand"/>); a text whose command is in use gets a command of its own.
/// </summary>
internal sealed class SqliteStatementCache : IDisposable
{
    private const int MaxStatements = 64;
    private static readonly ConditionalWeakTable<DbConnection, SqliteStatementCache> Caches = new();

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, ReusedSqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteStatementCache(SqliteConnection connection) => _connection = connection;

    /// <summary>Gives <paramref name="connection"/> (owned by the caller, used by one piece at a time) a cache of its own.</summary>
    public static SqliteStatementCache Attach(SqliteConnection connection)
    {
        var cache = new SqliteStatementCache(connection);
        Caches.AddOrUpdate(connection, cache);
        return cache;
    }

    public static SqliteStatementCache? Of(DbConnection connection) => Caches.TryGetValue(connection, out var cache) ? cache : null;

    public DbCommand Rent(string sql, DbTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxStatements) return Plain(sql, transaction);
            command = new ReusedSqliteCommand(sql, _connection);
            _commands.Add(sql, command);
        }
        if (!command.TryRent()) return Plain(sql, transaction);
        command.Transaction = (SqliteTransaction?)transaction;
        return command;
    }

    private DbCommand Plain(string sql, DbTransaction? transaction) => _connection.Command(sql, transaction);

    public void Dispose()
    {
        Caches.Remove(_connection);
        foreach (var command in _commands.Values) command.Release();
        _commands.Clear();
    }
}
