using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Long-lived SQLite connections for the hottest hand-written reads, each with its statements kept prepared (<see
/// cref="SqliteStatementCache"/>). A pooled open gives a new <see cref="SqliteConnection"/> whose commands finalize their
/// statements on dispose, so every turn's state read was parsed and planned again. Outside a read a connection holds no
/// transaction (each statement is its own snapshot), so it keeps no checkpoint or writer waiting. At most <see
/// cref="Kept"/> are kept idle; a read that finds none opens one more.
/// </summary>
internal sealed class SqliteReaders(string connectionString) : IDisposable
{
    private const int Kept = 8;

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private volatile bool _disposed;

    public async Task<T> RunAsync<T>(DbRead<T> read, CancellationToken ct)
    {
        var connection = _idle.TryTake(out var idle) ? idle : await OpenAsync(ct).ConfigureAwait(false);
        T result;
        try
        {
            result = await read(connection, ct).ConfigureAwait(false);
        }
        catch
        {
            // The connection may be left mid-statement: it is not handed to the next read.
            Close(connection);
            throw;
        }
        if (_disposed || _idle.Count >= Kept) Close(connection);
        else _idle.Add(connection);
        return result;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await SqlitePragmas.ApplyAsync(connection, ct).ConfigureAwait(false);
            SqliteStatementCache.Attach(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void Close(SqliteConnection connection)
    {
        SqliteStatementCache.Of(connection)?.Dispose();
        connection.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection)) Close(connection);
    }
}
