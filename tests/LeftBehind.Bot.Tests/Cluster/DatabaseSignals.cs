using Npgsql;

namespace LeftBehind.Tests.Cluster;

/// <summary>
/// Notifications on one PostgreSQL channel (sent by a test's trigger when a row changes), counted as they arrive: a
/// test waits for the database to reach a state by a signal instead of polling it.
/// </summary>
internal sealed class DatabaseSignals : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private readonly HashSet<string> _payloads = new(StringComparer.Ordinal);
    private Task _loop = Task.CompletedTask;

    private DatabaseSignals(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Distinct payloads received so far.</summary>
    public int Count
    {
        get
        {
            lock (_payloads) return _payloads.Count;
        }
    }

    public static async Task<DatabaseSignals> ListenAsync(string connectionString, string channel)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var signals = new DatabaseSignals(connection);
        connection.Notification += (_, e) => signals.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
        {
            await listen.ExecuteNonQueryAsync();
        }
        signals._loop = signals.RunAsync();
        return signals;
    }

    /// <summary>Completes when <paramref name="count"/> distinct payloads have arrived; fails after <paramref name="limit"/>.</summary>
    public Task WaitForAsync(int count, TimeSpan limit)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_payloads)
        {
            if (_payloads.Count >= count) return Task.CompletedTask;
            _waiters.Add((count, done));
        }
        return done.Task.WaitAsync(limit);
    }

    private void Add(string payload)
    {
        lock (_payloads)
        {
            _payloads.Add(payload);
            foreach (var w in _waiters.Where(w => _payloads.Count >= w.Count).ToList())
            {
                w.Done.TrySetResult();
                _waiters.Remove(w);
            }
        }
    }

    private async Task RunAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested) await _connection.WaitAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await _connection.DisposeAsync();
        _stop.Dispose();
    }
}
