using System.Threading.Channels;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
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
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public AuditWriter(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time, ILogger<AuditWriter>? log = null)
    {
        _dbs = dbs;
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
                await using var db = await _dbs.CreateDbContextAsync().ConfigureAwait(false);
                db.Audit.AddRange(batch);
                await db.SaveChangesAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception ex)
            {
                // Whatever failed, the loop must live on: a dead writer would hold every later row in memory.
                foreach (var e in batch) e.Id = 0;
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
}
