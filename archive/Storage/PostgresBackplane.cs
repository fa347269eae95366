using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Several instances on one PostgreSQL: messages go out with <c>pg_notify</c> on a pooled connection and come in on one
/// dedicated connection per instance that LISTENs. PostgreSQL delivers a notification only to sessions listening when
/// it is sent, so after the listener reconnects the handlers hear <see cref="IBackplane.OnReconnected"/> and re-read.
/// The listener checks its connection every <see cref="ProbeInterval"/>; a dead one is replaced at once, then with
/// growing pauses up to 5 s while the database is away.
/// </summary>
public sealed class PostgresBackplane : BackgroundService, IBackplane
{
    public const string Channel = "leftbehind";
    /// <summary>PostgreSQL's limit for a notification payload is 8000 bytes; ours must fit with the header.</summary>
    public const int MaxPayloadBytes = 7800;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(5);

    private readonly IDbConnectionFactory _db;
    private readonly string _connectionString;
    private readonly ILogger<PostgresBackplane> _logger;
    private readonly BackplaneHandlers _handlers;
    private readonly string _instance = Guid.NewGuid().ToString("n")[..12];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PostgresBackplane(IDbConnectionFactory db, IOptions<StorageOptions> storage, ILogger<PostgresBackplane> logger)
    {
        _db = db;
        _logger = logger;
        _handlers = new BackplaneHandlers(logger);
        // Keepalive: a listener whose server vanished without a FIN is noticed by the probe, not only by TCP.
        _connectionString = new NpgsqlConnectionStringBuilder(storage.Value.ConnectionString) { Pooling = false, KeepAlive = 5 }.ToString();
    }

    public bool SpansProcesses => true;

    /// <summary>Completes once the first LISTEN is in place (start-up waits for it, so no message of the first turn is missed).</summary>
    public Task Listening => _listening.Task;

    public async Task PublishAsync(string topic, string payload, CancellationToken cancellationToken = default)
    {
        _handlers.Dispatch(topic, payload);
        var message = _instance + "|" + topic + "|" + payload;
        if (Encoding.UTF8.GetByteCount(message) > MaxPayloadBytes)
        {
            _logger.LogWarning("Backplane message on {Topic} too large for NOTIFY; other instances rely on their re-reads", topic);
            return;
        }
        try
        {
            await using var connection = await _db.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT pg_notify(@c, @p)";
            var c = cmd.CreateParameter();
            c.ParameterName = "@c";
            c.Value = Channel;
            cmd.Parameters.Add(c);
            var p = cmd.CreateParameter();
            p.ParameterName = "@p";
            p.Value = message;
            cmd.Parameters.Add(p);
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
        {
            _logger.LogWarning("Backplane publish on {Topic} failed ({Error}); other instances rely on their re-reads", topic, ex.GetType().Name);
        }
    }

    public IDisposable Subscribe(string topic, Action<string> handler) => _handlers.Subscribe(topic, handler);

    public IDisposable OnReconnected(Action handler) => _handlers.OnReconnected(handler);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
        // Wait briefly for the first LISTEN; a database that is not there yet does not block start-up for long.
        await Task.WhenAny(_listening.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken)).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(100);
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }
                if (!first) _logger.LogInformation("Backplane listener reconnected; re-reading");
                first = false;
                pause = TimeSpan.FromMilliseconds(100);
                _listening.TrySetResult();
                // Anything sent while we were not listening is lost: every subscriber re-reads (or forgets) now.
                _handlers.DispatchReconnected();
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(ProbeInterval, stoppingToken).ConfigureAwait(false))
                    {
                        await using var probe = new NpgsqlCommand("SELECT 1", connection);
                        await probe.ExecuteScalarAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogWarning("Backplane listener lost its connection ({Error}); reconnecting", ex.GetType().Name);
                try
                {
                    await Task.Delay(pause, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                pause = TimeSpan.FromMilliseconds(Math.Min(5000, pause.TotalMilliseconds * 2));
            }
        }
    }

    private void OnNotification(string message)
    {
        var first = message.IndexOf('|', StringComparison.Ordinal);
        var second = first < 0 ? -1 : message.IndexOf('|', first + 1);
        if (second < 0) return;
        // Our own messages already ran here when they were published.
        if (message.AsSpan(0, first).SequenceEqual(_instance)) return;
        _handlers.Dispatch(message[(first + 1)..second], message[(second + 1)..]);
    }
}
