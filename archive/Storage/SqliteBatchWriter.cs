using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Group commit for SQLite: write work from many callers queues here, and one loop runs whatever has queued in one
/// transaction on the process's writer connection, under the write gate (shared with EF Core's writes). Each piece runs
/// in its own SAVEPOINT, so a piece that throws is undone alone; callers hear back only after the COMMIT, so what they
/// were told is written is durable. One BEGIN IMMEDIATE … COMMIT serves a whole batch of turns instead of one each.
/// </summary>
internal sealed class SqliteBatchWriter : IAsyncDisposable
{
    private const int MaxBatch = 128;

    private readonly string _connectionString;
    private readonly SqliteWriteGate _gate;
    private readonly Channel<Piece> _queue = Channel.CreateUnbounded<Piece>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private SqliteConnection? _writer;
    private SqliteStatementCache? _statements;

    public SqliteBatchWriter(string connectionString, SqliteWriteGate gate)
    {
        _connectionString = connectionString;
        _gate = gate;
        _loop = Task.Run(LoopAsync);
    }

    public Task<T> RunAsync<T>(DbWork<T> work, CancellationToken ct)
    {
        var piece = new Piece<T>(work, ct);
        if (!_queue.Writer.TryWrite(piece)) throw new ObjectDisposedException(nameof(SqliteBatchWriter));
        return piece.Task;
    }

    private async Task LoopAsync()
    {
        var batch = new List<Piece>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var piece))
            {
                if (!piece.CancelIfRequested()) batch.Add(piece);
            }
            if (batch.Count == 0) continue;
            await RunBatchAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task RunBatchAsync(List<Piece> batch)
    {
        IDisposable turn;
        try
        {
            turn = await _gate.EnterAsync("batch", CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            // Someone holds the gate and waits for this batch: fail the batch, keep the loop alive.
            foreach (var piece in batch) piece.Fail(ex);
            return;
        }
        using var held = turn;
        SqliteConnection writer;
        SqliteTransaction tx;
        try
        {
            writer = _writer ??= await OpenWriterAsync().ConfigureAwait(false);
            tx = writer.BeginTransaction(deferred: false);
        }
        catch (Exception ex)
        {
            await DropWriterAsync().ConfigureAwait(false);
            foreach (var piece in batch) piece.Fail(ex);
            return;
        }

        StorageMetrics.Write("ado");
        var done = new List<Piece>(batch.Count);
        Exception? aborted = null;
        foreach (var piece in batch)
        {
            // After some errors (disk full, I/O) SQLite has already rolled the whole transaction back; a SAVEPOINT
            // would then open a new one that commits on its own, and the callers would be told otherwise.
            if (aborted is not null || raw.sqlite3_get_autocommit(writer.Handle) != 0)
            {
                aborted ??= new InvalidOperationException("The batch's transaction was rolled back by the database");
                piece.Fail(aborted);
                continue;
            }
            try
            {
                Execute(writer, tx, "SAVEPOINT piece", prepared: true);
                await piece.RunAsync(writer, tx).ConfigureAwait(false);
                Execute(writer, tx, "RELEASE piece", prepared: true);
                done.Add(piece);
            }
            catch (Exception ex)
            {
                piece.Fail(ex);
                if (raw.sqlite3_get_autocommit(writer.Handle) != 0) aborted = ex;
                else TryExecute(writer, tx, "ROLLBACK TO piece; RELEASE piece");
            }
        }

        try
        {
            tx.Commit();
            foreach (var piece in done) piece.Complete();
        }
        catch (Exception ex)
        {
            foreach (var piece in done) piece.Fail(ex);
            await DropWriterAsync().ConfigureAwait(false);
        }
        finally
        {
            try
            {
                tx.Dispose();
            }
            catch (SqliteException)
            {
                await DropWriterAsync().ConfigureAwait(false);
            }
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction tx, string sql, bool prepared = false)
    {
        using var cmd = prepared ? connection.PreparedCommand(sql, tx) : connection.Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    private static void TryExecute(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        try
        {
            Execute(connection, tx, sql);
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            // The database already undid the transaction (e.g. disk full); the COMMIT will say so to the rest.
        }
    }

    private async Task<SqliteConnection> OpenWriterAsync()
    {
        var writer = new SqliteConnection(_connectionString);
        try
        {
            await writer.OpenAsync().ConfigureAwait(false);
            await SqlitePragmas.ApplyAsync(writer, CancellationToken.None).ConfigureAwait(false);
            _statements = SqliteStatementCache.Attach(writer);
            return writer;
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task DropWriterAsync()
    {
        var writer = _writer;
        _writer = null;
        _statements?.Dispose();
        _statements = null;
        if (writer is not null) await writer.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await DropWriterAsync().ConfigureAwait(false);
    }

    private abstract class Piece
    {
        public abstract bool CancelIfRequested();

        public abstract Task RunAsync(DbConnection connection, DbTransaction tx);

        public abstract void Complete();

        public abstract void Fail(Exception ex);
    }

    private sealed class Piece<T>(DbWork<T> work, CancellationToken ct) : Piece
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override bool CancelIfRequested() => ct.IsCancellationRequested && _done.TrySetCanceled(ct);

        public override async Task RunAsync(DbConnection connection, DbTransaction tx) => _result = await work(connection, tx, ct).ConfigureAwait(false);

        public override void Complete() => _done.TrySetResult(_result);

        public override void Fail(Exception ex) => _done.TrySetException(ex);
    }
}
