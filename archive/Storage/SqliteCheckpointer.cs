using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Runs SQLite's WAL checkpoints on a connection of its own, off the writer's path. With SQLite's automatic checkpoint
/// the COMMIT that takes the WAL past 1,000 pages runs the checkpoint itself, with its two fsyncs, while the
/// group-committing writer holds every queued turn; and while readers hold older snapshots it cannot finish, so later
/// commits try again (measured under the parent scenario: 204 fsyncs in 15 s, 10–150 ms each on the bench machine's
/// disk). Connections therefore open with <c>wal_autocheckpoint=0</c> (<see cref="SqlitePragmas"/>) and this loop runs a
/// PASSIVE checkpoint after about as much writing as SQLite's own would have waited for: PASSIVE takes no lock that a
/// writer or reader waits on, so its fsyncs stall nobody. The last connection to close still checkpoints the file.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>Write units (batch pieces, EF Core transactions) between checkpoints; a batch commits many units in a few pages.</summary>
    internal const int WritesPerCheckpoint = 1_000;

    private readonly string _connectionString;
    private readonly Channel<bool> _due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private TaskCompletionSource<CheckpointResult> _ran = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _writes;

    public SqliteCheckpointer(string connectionString)
    {
        _connectionString = connectionString;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Completes when the next checkpoint has run (tests; nothing in the service waits for one).</summary>
    internal Task<CheckpointResult> NextRun => Volatile.Read(ref _ran).Task;

    /// <summary>Counts committed write units; every <see cref="WritesPerCheckpoint"/> of them a checkpoint is due.</summary>
    public void Wrote(int units)
    {
        if (Interlocked.Add(ref _writes, units) < WritesPerCheckpoint) return;
        Interlocked.Exchange(ref _writes, 0);
        _due.Writer.TryWrite(true);
    }

    private async Task LoopAsync()
    {
        while (await _due.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            _due.Reader.TryRead(out _);
            var result = await CheckpointAsync().ConfigureAwait(false);
            Interlocked.Exchange(ref _ran, new TaskCompletionSource<CheckpointResult>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(result);
        }
    }

    private async Task<CheckpointResult> CheckpointAsync()
    {
        try
        {
            if (_connection is null)
            {
                var connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync().ConfigureAwait(false);
                await SqlitePragmas.ApplyAsync(connection, CancellationToken.None).ConfigureAwait(false);
                _connection = connection;
            }
            await using var cmd = _connection.Command("PRAGMA wal_checkpoint(PASSIVE)");
            await using var reader = await cmd.ExecuteReaderAsync().ConfigureAwait(false);
            return await reader.ReadAsync().ConfigureAwait(false)
                ? new CheckpointResult(reader.GetInt32(0) != 0, reader.GetInt32(1), reader.GetInt32(2))
                : new CheckpointResult(true, 0, 0);
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            // Another checkpoint (an erasure's TRUNCATE) or a full disk: the next one is due after the next writes.
            await DropAsync().ConfigureAwait(false);
            return new CheckpointResult(true, 0, 0);
        }
    }

    private async Task DropAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _due.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await DropAsync().ConfigureAwait(false);
    }
}
