using System.Data.Common;

namespace LeftBehind.Archive.Storage;

/// <summary>Hand-written statements (the hot paths that bypass EF Core, the scheduler's tables): a command in a transaction, with its parameters.</summary>
public static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var c = connection.CreateCommand();
        c.CommandText = sql;
        c.Transaction = transaction;
        return c;
    }

    /// <summary>
    /// As <see cref="Command"/>, for a fixed SQL text run on every turn: on the SQLite writer connection the command comes
    /// prepared from earlier pieces (<see cref="SqliteStatementCache"/>); elsewhere it is a plain command (Npgsql
    /// prepares repeated statements itself, <see cref="PostgresTuning"/>). Dispose it as any command.
    /// </summary>
    public static DbCommand PreparedCommand(this DbConnection connection, string sql, DbTransaction? transaction = null) =>
        SqliteStatementCache.Of(connection) is { } cache ? cache.Rent(sql, transaction) : connection.Command(sql, transaction);

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return command;
    }
}
