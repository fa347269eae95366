using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Bench.WeChat;

/// <summary>
/// WeChat's API side for the fan-out benchmark on 127.0.0.1 (HttpListener, like the Bot Connector sink): stable_token,
/// customer-service messages (accepted for users inside their 48-hour window, else 45015) and template messages
/// (counted against the day's quota, 45009 past it). Counts what it accepted per method and per user.
/// </summary>
internal sealed class WeChatPlatformSink : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private readonly HashSet<string> _inWindow;
    private readonly long _templateQuota;
    private long _custom, _templates, _refusedWindow, _refusedQuota, _tokens;

    public WeChatPlatformSink(int port, HashSet<string> inWindow, long templateQuota)
    {
        _inWindow = inWindow;
        _templateQuota = templateQuota;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public ConcurrentDictionary<string, int> Received { get; } = new(StringComparer.Ordinal);
    public long Custom => Interlocked.Read(ref _custom);
    public long Templates => Interlocked.Read(ref _templates);
    public long RefusedWindow => Interlocked.Read(ref _refusedWindow);
    public long RefusedQuota => Interlocked.Read(ref _refusedQuota);
    public long TokensIssued => Interlocked.Read(ref _tokens);
    public long Accepted => Custom + Templates;

    public void Start()
    {
        _listener.Start();
        for (var i = 0; i < 8; i++) _loops.Add(Task.Run(LoopAsync));
    }

    private async Task LoopAsync()
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
                var answer = await HandleAsync(context.Request);
                var bytes = Encoding.UTF8.GetBytes(answer);
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or JsonException)
            {
                context.Response.Abort();
            }
        }
    }

    private async Task<string> HandleAsync(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        if (path == "/cgi-bin/stable_token" || path == "/cgi-bin/token")
        {
            Interlocked.Increment(ref _tokens);
            return """{"access_token":"BENCHTOKEN","expires_in":7200}""";
        }

        using var doc = await JsonDocument.ParseAsync(request.InputStream);
        var openId = doc.RootElement.GetProperty("touser").GetString()!;
        if (path == "/cgi-bin/message/custom/send")
        {
            if (!_inWindow.Contains(openId))
            {
                Interlocked.Increment(ref _refusedWindow);
                return """{"errcode":45015,"errmsg":"response out of time limit or subscription is canceled"}""";
            }
            Interlocked.Increment(ref _custom);
        }
        else if (path == "/cgi-bin/message/template/send")
        {
            if (Interlocked.Increment(ref _templates) > _templateQuota)
            {
                Interlocked.Decrement(ref _templates);
                Interlocked.Increment(ref _refusedQuota);
                return """{"errcode":45009,"errmsg":"reach max api daily quota limit"}""";
            }
        }
        else
        {
            return """{"errcode":40001,"errmsg":"unknown api"}""";
        }
        Received.AddOrUpdate(openId, 1, (_, n) => n + 1);
        return """{"errcode":0,"errmsg":"ok","msgid":1}""";
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await Task.WhenAll(_loops);
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
        _listener.Close();
    }
}
