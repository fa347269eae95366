using Microsoft.Data.Sqlite;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// A command of <see cref="SqliteStatementCache"/>: disposing it hands it back with its prepared statements kept (its
/// parameters and transaction cleared); only <see cref="Release"/> finalizes them.
/// </summary>
internal sealed class ReusedSqliteCommand : SqliteCommand
{
    private bool _rented;
    private bool _released;

    public ReusedSqliteCommand(string sql, SqliteConnection connection)
        : base(sql, connection)
    {
    }

    public bool TryRent()
    {
        if (_rented || _released) return false;
        _rented = true;
        return true;
    }

    public void Release()
    {
        _released = true;
        if (!_rented) Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _rented && !_released)
        {
            _rented = false;
            DataReader?.Dispose();
            DataReader = null;
            Parameters.Clear();
            Transaction = null;
            return;
        }
        _rented = false;
        base.Dispose(disposing);
    }
}
