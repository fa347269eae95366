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

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return command;
    }
}
