using System.Diagnostics;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// One SQLite writer at a time in this process. SQLite answers a second writer with "busy" and its busy handler then
/// sleeps and retries (a writer can lose that race for seconds); here a writer that finds the gate taken queues
/// without a thread and is woken when it is free. The gate is not handed over to the first waiter: a released gate is
/// free, and a writer that is already running may take it while the woken one is still waiting for a thread (handing
/// it over would leave the database idle for the thread pool's queueing delay, which is long on a busy machine). A
/// woken writer that loses goes back to the front of the queue. The timeout is a safety net against a writer that
/// waits for itself on a second connection.
/// </summary>
internal sealed class SqliteWriteGate(TimeSpan timeout)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _waiters = new();
    private bool _taken;

    public ValueTask<IDisposable> EnterAsync(string holder, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_taken)
            {
                _taken = true;
                return ValueTask.FromResult<IDisposable>(new Turn(this, holder));
            }
        }
        return WaitAsync(holder, cancellationToken);
    }

    public IDisposable Enter(string holder, CancellationToken cancellationToken) => EnterAsync(holder, cancellationToken).AsTask().GetAwaiter().GetResult();

    private async ValueTask<IDisposable> WaitAsync(string holder, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var front = false;
        while (true)
        {
            var woken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            LinkedListNode<TaskCompletionSource> node;
            lock (_lock)
            {
                if (!_taken)
                {
                    _taken = true;
                    break;
                }
                node = front ? _waiters.AddFirst(woken) : _waiters.AddLast(woken);
            }
            var left = timeout - Stopwatch.GetElapsedTime(started);
            try
            {
                await woken.Task.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
            {
                var wake = false;
                lock (_lock)
                {
                    if (node.List is not null) _waiters.Remove(node);
                    else wake = true; // woken as it gave up: pass the wake-up on
                }
                if (wake) WakeNext();
                if (ex is TimeoutException) throw new TimeoutException($"The SQLite write gate was not free within {timeout.TotalSeconds:0} s", ex);
                throw;
            }
            front = true;
        }
        StorageMetrics.GateWaited(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new Turn(this, holder);
    }

    private void Exit()
    {
        lock (_lock) _taken = false;
        WakeNext();
    }

    private void WakeNext()
    {
        TaskCompletionSource? next = null;
        lock (_lock)
        {
            if (_waiters.First is { } first)
            {
                next = first.Value;
                _waiters.RemoveFirst();
            }
        }
        next?.TrySetResult();
    }

    private sealed class Turn(SqliteWriteGate gate, string holder) : IDisposable
    {
        private readonly long _taken = Stopwatch.GetTimestamp();
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            StorageMetrics.GateHeld(holder, Stopwatch.GetElapsedTime(_taken).TotalMilliseconds);
            gate.Exit();
        }
    }
}
