using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Bench.Scheduler;

/// <summary>
/// A local Bot Connector sink: answers <c>POST /v3/conversations/{id}/activities</c> on 127.0.0.1 like a channel would,
/// and logs the outbox key each activity carries. The log is what proves nothing was lost or sent twice.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private static readonly byte[] Ok = Encoding.UTF8.GetBytes("{\"id\":\"1\"}");
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _log = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private long _total;

    public ConnectorSink(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    public long Total => Interlocked.Read(ref _total);

    public int Unique => _received.Count;

    public IReadOnlyDictionary<string, int> Received => _received;

    public void Start()
    {
        _listener.Start();
        for (var i = 0; i < 8; i++) _loops.Add(Task.Run(AcceptLoopAsync));
    }

    public void Reset()
    {
        _received.Clear();
        _log.Clear();
        Interlocked.Exchange(ref _total, 0);
    }

    /// <summary>One line per activity received: its outbox key, in arrival order.</summary>
    public async Task WriteLogAsync(string path) => await File.WriteAllLinesAsync(path, _log);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            try
            {
                await HandleAsync(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or JsonException)
            {
                // A connection the service dropped (it was killed mid-request): the service will retry the send.
                try
                {
                    context.Response.Abort();
                }
                catch (ObjectDisposedException)
                {
                    // Already gone.
                }
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.InputStream);
        var key = document.RootElement.TryGetProperty("channelData", out var data) && data.TryGetProperty("outboxKey", out var k) ? k.GetString() : null;
        if (key is not null)
        {
            _received.AddOrUpdate(key, 1, (_, n) => n + 1);
            _log.Enqueue(key);
        }

        Interlocked.Increment(ref _total);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = Ok.Length;
        await context.Response.OutputStream.WriteAsync(Ok);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await Task.WhenAll(_loops);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loops this way.
        }

        _listener.Close();
    }
}
