using System.Buffers;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Bench.Cluster;

/// <summary>
/// A Direct Line conversation whose WebSocket stream is held by one instance while its posts go to another: every
/// activity the stream pushes is kept with the wall-clock time it arrived, to measure delivery across instances.
/// </summary>
internal sealed class ProbeConversation(HttpClient http, string userId) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<(JsonElement Activity, DateTimeOffset Arrived)> _received = [];
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<(JsonElement, DateTimeOffset)> Done)> _waiters = [];
    private string _token = string.Empty;
    private Task? _reader;

    public string ConversationId { get; private set; } = string.Empty;

    /// <summary>Starts the conversation on <paramref name="streamInstance"/> and opens its stream there.</summary>
    public async Task StartAsync(string streamInstance, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, streamInstance + "/v3/directline/conversations")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { user = new { id = userId }, locale = "zh-CN" }), Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        ConversationId = doc.RootElement.GetProperty("conversationId").GetString()!;
        _token = doc.RootElement.GetProperty("token").GetString()!;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await _socket.ConnectAsync(new Uri(doc.RootElement.GetProperty("streamUrl").GetString()!), ct).ConfigureAwait(false);
        _reader = Task.Run(ReadLoopAsync, CancellationToken.None);
    }

    /// <summary>Posts a message straight to <paramref name="instance"/>; returns the stored activity's id.</summary>
    public async Task<string> PostAsync(string instance, string text, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{instance}/v3/directline/conversations/{Uri.EscapeDataString(ConversationId)}/activities")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { type = "message", from = new { id = userId }, text, locale = "zh-CN" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        return doc.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>How many activities the stream has pushed so far.</summary>
    public int Count
    {
        get
        {
            lock (_received) return _received.Count;
        }
    }

    /// <summary>The first activity pushed on the stream (from position <paramref name="from"/>) that matches, with when it arrived.</summary>
    public Task<(JsonElement Activity, DateTimeOffset Arrived)> WaitForAsync(Func<JsonElement, bool> match, TimeSpan limit, int from = 0)
    {
        var done = new TaskCompletionSource<(JsonElement, DateTimeOffset)>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            foreach (var r in _received.Skip(from))
            {
                if (match(r.Activity)) return Task.FromResult(r);
            }
            _waiters.Add((match, done));
        }
        return done.Task.WaitAsync(limit);
    }

    public static bool IsReplyTo(JsonElement a, string id) =>
        a.TryGetProperty("replyToId", out var r) && r.GetString() == id && a.TryGetProperty("type", out var t) && t.GetString() == "message";

    public static bool IsBotText(JsonElement a, string start) =>
        a.TryGetProperty("type", out var t) && t.GetString() == "message" && a.TryGetProperty("from", out var f) && f.TryGetProperty("role", out var role)
        && role.GetString() == "bot" && a.TryGetProperty("text", out var x) && (x.GetString() ?? "").StartsWith(start, StringComparison.Ordinal);

    /// <summary>How long after the activity's own timestamp (stamped by the instance that stored or sent it) it arrived.</summary>
    public static double MsAfterTimestamp(JsonElement a, DateTimeOffset arrived) =>
        (arrived - DateTimeOffset.Parse(a.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).TotalMilliseconds;

    private async Task ReadLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                buffer.Clear();
                ValueWebSocketReceiveResult r;
                do
                {
                    r = await _socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None).ConfigureAwait(false);
                    buffer.Advance(r.Count);
                }
                while (!r.EndOfMessage && r.MessageType != WebSocketMessageType.Close);
                if (r.MessageType == WebSocketMessageType.Close) break;
                if (buffer.WrittenCount == 0) continue;
                var arrived = TimeProvider.System.GetUtcNow();
                using var doc = JsonDocument.Parse(buffer.WrittenMemory);
                if (!doc.RootElement.TryGetProperty("activities", out var list)) continue;
                foreach (var a in list.EnumerateArray()) Add(a.Clone(), arrived);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private void Add(JsonElement activity, DateTimeOffset arrived)
    {
        lock (_received)
        {
            _received.Add((activity, arrived));
            foreach (var w in _waiters.Where(w => w.Match(activity)).ToList())
            {
                w.Done.TrySetResult((activity, arrived));
                _waiters.Remove(w);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", cts.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        _socket.Dispose();
        if (_reader is not null) await _reader.ConfigureAwait(false);
    }
}
