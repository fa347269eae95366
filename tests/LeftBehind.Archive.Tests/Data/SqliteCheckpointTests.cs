using System.Collections.Concurrent;
using LeftBehind.Archive.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Archive.Tests.Data;

/// <summary>
/// The write-ahead log is copied back into the database file behind the group commit, not inside its COMMIT: a write
/// that crosses SQLite's usual 1,000-page threshold returns with its pages still in the log, the checkpointer copies
/// them, and the log starts again from its beginning instead of growing.
/// </summary>
public sealed class SqliteCheckpointTests : IAsyncDisposable
{
    private const int PageSize = 4096;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ckpt-{Guid.NewGuid():n}.db");
    private readonly FakeTimeProvider _time = new();
    private readonly DbConnectionFactory _connections;
    private readonly ConcurrentQueue<(int Log, int Done)> _checkpoints = new();
    private readonly SemaphoreSlim _checkpointed = new(0);

    public SqliteCheckpointTests()
    {
        _connections = new DbConnectionFactory(
            Options.Create(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={_path}" }), _time);
        _connections.Checkpointer!.Checkpointed += (log, done) =>
        {
            _checkpoints.Enqueue((log, done));
            _checkpointed.Release();
        };
    }

    [Fact]
    public async Task A_write_of_thousands_of_pages_returns_before_its_pages_are_copied_and_the_checkpointer_copies_them_after()
    {
        await WriteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)");
        await NextCheckpointAsync(); // the first commit's checkpoint runs at once; the next waits MinInterval
        var fileBefore = new FileInfo(_path).Length;

        await InsertPagesAsync(1_500);

        // Past SQLite's default 1,000 pages, and the COMMIT copied nothing into the database file.
        Assert.Equal(fileBefore, new FileInfo(_path).Length);
        Assert.True(new FileInfo(_path + "-wal").Length > 1_000 * PageSize);

        _time.Advance(SqliteCheckpointer.MinInterval);
        var (log, done) = await NextCheckpointAsync();
        Assert.True(log >= 1_500, $"log {log}");
        Assert.Equal(log, done);
        Assert.True(new FileInfo(_path).Length >= fileBefore + 1_500L * PageSize);
    }

    [Fact]
    public async Task Frames_committed_while_a_checkpoint_could_not_copy_them_are_finished_by_the_writer_and_the_log_starts_again()
    {
        await WriteAsync("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)");
        await NextCheckpointAsync();

        await InsertPagesAsync(300);
        // A reader's snapshot (as under load, when turns read while others commit) keeps the checkpoint from copying
        // what is committed after it began.
        await using (var reader = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await reader.OpenAsync();
            await using var tx = reader.BeginTransaction(deferred: true);
            await using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM t";
                Assert.Equal(300L, await read.ExecuteScalarAsync());
            }
            await InsertPagesAsync(100);
            _time.Advance(SqliteCheckpointer.MinInterval);
            var partial = await NextCheckpointAsync();
            Assert.True(partial.Done < partial.Log, $"partial {partial}");
        }

        // The next batch copies the rest on the writer first, so it writes from the log's start: the log holds only its
        // own pages. Without that the log would grow past the 400 pages before it.
        await InsertPagesAsync(20);
        _time.Advance(SqliteCheckpointer.MinInterval);
        var after = await NextCheckpointAsync();
        Assert.True(after.Log < 400, $"after {after}");
        Assert.Equal(after.Log, after.Done);
    }

    private async Task<(int Log, int Done)> NextCheckpointAsync()
    {
        Assert.True(await _checkpointed.WaitAsync(TimeSpan.FromSeconds(30)), "no checkpoint ran");
        Assert.True(_checkpoints.TryDequeue(out var checkpoint));
        return checkpoint;
    }

    private Task InsertPagesAsync(int pages) => _connections.WriteAsync(async (connection, tx, ct) =>
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO t (v) VALUES (zeroblob($n))";
        cmd.Parameters.Add(new SqliteParameter("$n", PageSize));
        for (var i = 0; i < pages; i++) await cmd.ExecuteNonQueryAsync(ct);
        return 0;
    });

    private Task WriteAsync(string sql) => _connections.WriteAsync(async (connection, tx, ct) =>
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync(ct);
    });

    public ValueTask DisposeAsync()
    {
        _connections.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(f);
        _checkpointed.Dispose();
        return ValueTask.CompletedTask;
    }
}
