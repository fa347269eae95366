using System.Data.Common;
using System.Threading.Channels;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeftBehind.Archive.Access;

/// <summary>
/// Writes audit rows behind the reads they record, many rows per transaction, so a read of a child's data costs no
/// write of its own. One reader drains the queue: while a batch is being written the next one gathers, so a row waits
/// about one write (milliseconds), with no timer. Nothing is dropped: when the queue is full the caller writes the
/// row itself (<see cref="TryEnqueue"/> returns false), a failed batch is retried, and stopping or disposing writes
/// every queued row before it returns. Readers of the audit table call <see cref="FlushAsync"/> first.
/// A batch is one prepared INSERT run once per row through <see cref="IDbConnectionFactory.WriteAsync{T}"/> (on SQLite
/// inside the group commit of the turns' own writes): EF Core's change tracker and command batching cost about 6 % of a
/// real-flow turn's CPU for rows nobody reads back.
/// </summary>
internal sealed class AuditWriter : IAsyncDisposable
{
    public const int Capacity = 10_000;
    public const int MaxBatch = 500;
    private const int AttemptsWhenStopping = 3;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(1);

    private readonly Channel<AuditWrite> _queue = Channel.CreateBounded<AuditWrite>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly IDbContextFactory<ArchiveDbContext> _dbs;
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public AuditWriter(IDbContextFactory<ArchiveDbContext> dbs, IDbConnectionFactory connections, TimeProvider time, ILogger<AuditWriter>? log = null)
    {
        _dbs = dbs;
        _connections = connections;
        _time = time;
        _log = log ?? NullLogger<AuditWriter>.Instance;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues the row; false when the queue is full or closed, and the caller must save it itself.</summary>
    public bool TryEnqueue(AuditEntry entry) => _queue.Writer.TryWrite(new AuditWrite(entry, null));

    /// <summary>Queues the row, or, when the queue is full or closed, saves it before returning.</summary>
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        if (TryEnqueue(entry)) return;
        await using var db = await _dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Audit.Add(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns once every row queued before the call is in the database.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await _queue.Writer.WriteAsync(new AuditWrite(null, written), cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        await written.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<AuditEntry>(MaxBatch);
        var flushed = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Markers read in this round follow only rows of this round (or earlier): they are released after its write.
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (item.Entry is { } entry) batch.Add(entry);
                else flushed.Add(item.Flushed!);
            }
            if (batch.Count > 0) await WriteAsync(batch).ConfigureAwait(false);
            batch.Clear();
            foreach (var f in flushed) f.TrySetResult();
            flushed.Clear();
        }
    }

    private async Task WriteAsync(List<AuditEntry> batch)
    {
        var backoff = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var postgres = _connections.Provider == StorageProvider.Postgres;
                await _connections.WriteAsync((connection, tx, ct) => InsertAsync(connection, tx, batch, postgres, ct)).ConfigureAwait(false);
                return;
            }
            catch (Exception ex)
            {
                // Whatever failed, the loop must live on: a dead writer would hold every later row in memory.
                if (_stopping.IsCancellationRequested && attempt >= AttemptsWhenStopping)
                {
                    _log.LogError(ex, "Audit: {Count} rows could not be written while stopping", batch.Count);
                    return;
                }
                _log.LogWarning(ex, "Audit: writing {Count} rows failed (attempt {Attempt}); retrying", batch.Count, attempt);
                if (_stopping.IsCancellationRequested) continue;
                try
                {
                    await Task.Delay(backoff, _time, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: the remaining attempts run at once.
                }
                backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
            }
        }
    }

    private const string InsertSql = """
        INSERT INTO archive_audit ("At", "ActorRole", "ActorPersonId", "ActorStaffId", "Action", "ChildId", "Allowed")
        VALUES (@at, @role, @person, @staff, @action, @child, @allowed)
        """;

    /// <summary>
    /// The rows as EF Core maps them: enums as their names; on SQLite times as UTC ticks and booleans as 0/1. PostgreSQL
    /// gets them in one round trip (a batch); SQLite, in process, runs one prepared statement per row.
    /// </summary>
    private static async Task<int> InsertAsync(DbConnection connection, DbTransaction tx, List<AuditEntry> batch, bool postgres, CancellationToken ct)
    {
        if (connection.CanCreateBatch)
        {
            await using var many = connection.CreateBatch();
            many.Transaction = tx;
            foreach (var e in batch)
            {
                var c = many.CreateBatchCommand();
                c.CommandText = InsertSql;
                var values = Values(e, postgres);
                foreach (var (name, value) in values)
                {
                    var p = c.CreateParameter();
                    p.ParameterName = name;
                    p.Value = value;
                    c.Parameters.Add(p);
                }
                many.BatchCommands.Add(c);
            }
            await many.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return batch.Count;
        }

        await using var cmd = connection.PreparedCommand(InsertSql, tx);
        var parameters = Values(batch[0], postgres).Select(v => Add(cmd, v.Name)).ToArray();
        foreach (var e in batch)
        {
            var values = Values(e, postgres);
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i].Value;
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        return batch.Count;
    }

    private static (string Name, object Value)[] Values(AuditEntry e, bool postgres) =>
    [
        ("@at", postgres ? e.At.ToUniversalTime() : e.At.UtcTicks),
        ("@role", e.ActorRole.ToString()),
        ("@person", (object?)e.ActorPersonId ?? DBNull.Value),
        ("@staff", (object?)e.ActorStaffId ?? DBNull.Value),
        ("@action", e.Action),
        ("@child", (object?)e.ChildId ?? DBNull.Value),
        ("@allowed", e.Allowed),
    ];

    private static DbParameter Add(DbCommand cmd, string name)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        cmd.Parameters.Add(p);
        return p;
    }
}
