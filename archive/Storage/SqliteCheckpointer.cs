using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Copies the write-ahead log back into the database file on a connection of its own, after the group commit's
/// commits, at most once per <see cref="MinInterval"/>. SQLite's own automatic checkpoint runs inside the COMMIT that
/// crosses 1,000 pages: under the real flows that was the writer's COMMIT about fourteen times a second, each copying
/// the pages and syncing the file (2.6 ms at the median, 54 ms at worst) while every turn queued behind it waited
/// (issue 16). The bulk of the copy and its sync run here, waiting for no reader or writer (PASSIVE). The log starts
/// again from its beginning only when a writer begins with every frame copied, so the group commit finishes the job
/// before its next batch (<see cref="FinishOn"/>): the frames committed meanwhile, a short copy. The per-connection
/// threshold (<see cref="SqlitePragmas"/>) is raised so SQLite's own checkpoint remains only the safety net (a stalled
/// checkpointer, or a process without one).
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>The shortest time between two checkpoints while commits go on.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(200);

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Channel<bool> _commits = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private volatile bool _finish;

    public SqliteCheckpointer(string connectionString, TimeProvider time)
    {
        _connectionString = connectionString;
        _time = time;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Raised after each of the checkpointer's own checkpoints, with the log's frames and those now in the database file (tests).</summary>
    public event Action<int, int>? Checkpointed;

    /// <summary>Something was committed: a checkpoint follows (never blocks; many commits ask for one checkpoint).</summary>
    public void Committed() => _commits.Writer.TryWrite(true);

    /// <summary>
    /// On the writer's connection, before its next transaction: copies what was committed since the bulk copy, so the
    /// transaction can start the log again instead of growing it (a log that only grows makes every read slower).
    /// </summary>
    public void FinishOn(SqliteConnection writer)
    {
        if (!_finish) return;
        _finish = false;
        try
        {
            Run(writer);
        }
        catch (SqliteException)
        {
            // The batch must not fail for it: the next bulk copy asks again.
        }
    }

    private async Task LoopAsync()
    {
        try
        {
            while (await _commits.Reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                _commits.Reader.TryRead(out _);
                // The pause counts from the checkpoint's start: a slow sync does not space checkpoints further apart.
                var pause = Task.Delay(MinInterval, _time, _stopping.Token);
                Checkpoint();
                await pause.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the last commits' pages stay in the log, which SQLite reads and checkpoints itself.
        }
    }

    private void Checkpoint()
    {
        try
        {
            _connection ??= Open();
            var (log, done) = Run(_connection);
            _finish = true;
            Checkpointed?.Invoke(log, done);
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            // A checkpoint that fails (disk full, the file replaced) is retried after the next commit on a new connection;
            // until then the log only grows, and SQLite's own threshold still applies.
            _connection?.Dispose();
            _connection = null;
        }
    }

    private (int Log, int Done) Run(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(1), reader.GetInt32(2)) : (0, 0);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _commits.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _connection?.Dispose();
        _stopping.Dispose();
    }
}
