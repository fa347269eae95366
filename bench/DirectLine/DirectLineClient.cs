using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Bench.DirectLine;

/// <summary>
/// One Direct Line 3.0 conversation as botframework-directlinejs drives it: start (token + streamUrl), open the
/// WebSocket stream, post activities with the token; a turn's round trip ends when the bot's message with
/// <c>replyToId</c> = the id the POST returned arrives on the stream. A turn may answer with several messages (the
/// binding turn: 绑定成功…, then the separate consent question of issue #14); the step's expectation is matched against
/// all of them, as the HTTP simulator does, waiting for the next one while it does not match yet.
/// </summary>
internal sealed class DirectLineClient(HttpClient http, string baseUrl, string userId) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    // The bot's messages by the activity they answer, in arrival order; a turn's reader takes them from here.
    private readonly ConcurrentDictionary<string, System.Threading.Channels.Channel<string>> _replies = new(StringComparer.Ordinal);
    private string _token = string.Empty;
    private Task? _reader;

    public string ConversationId { get; private set; } = string.Empty;

    public bool Closed { get; private set; }

    public long Heartbeats { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/v3/directline/conversations")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { user = new { id = userId }, locale = "zh-CN" }), Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
        ConversationId = doc.RootElement.GetProperty("conversationId").GetString()!;
        _token = doc.RootElement.GetProperty("token").GetString()!;
        var streamUrl = doc.RootElement.GetProperty("streamUrl").GetString()!;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await _socket.ConnectAsync(new Uri(streamUrl), ct).ConfigureAwait(false);
        _reader = Task.Run(ReadLoopAsync, CancellationToken.None);
    }

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
                if (buffer.WrittenCount == 0)
                {
                    Heartbeats++;
                    continue;
                }
                Dispatch(buffer.WrittenSpan);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        Closed = true;
        foreach (var r in _replies.Values) r.Writer.TryComplete();
    }

    private void Dispatch(ReadOnlySpan<byte> frame)
    {
        using var doc = JsonDocument.Parse(frame.ToArray());
        if (!doc.RootElement.TryGetProperty("activities", out var list)) return;
        foreach (var a in list.EnumerateArray())
        {
            var type = a.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type != "message") continue;
            var fromUser = a.TryGetProperty("from", out var f) && f.TryGetProperty("id", out var fid) && fid.GetString() == userId;
            if (fromUser) continue;
            if (!a.TryGetProperty("replyToId", out var rt) || rt.GetString() is not { } replyTo) continue;
            var text = a.TryGetProperty("text", out var x) ? x.GetString() ?? string.Empty : string.Empty;
            RepliesTo(replyTo).Writer.TryWrite(text);
        }
    }

    private System.Threading.Channels.Channel<string> RepliesTo(string id) =>
        _replies.GetOrAdd(id, _ => System.Threading.Channels.Channel.CreateUnbounded<string>());

    /// <summary>
    /// Posts a message; returns the round trip to the turn's first reply in ms, the POST's own ms and the turn's reply
    /// text: the first message, or, while <paramref name="expect"/> does not match yet, every message of the turn so far
    /// (joined by a line break) until it does or the timeout ends (throws on HTTP failure, or when no reply came in time).
    /// </summary>
    public async Task<(double Ms, double PostMs, string Reply)> TurnAsync(string text, TimeSpan timeout, System.Text.RegularExpressions.Regex? expect = null)
    {
        var started = Stopwatch.GetTimestamp();
        using var cts = new CancellationTokenSource(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/v3/directline/conversations/{Uri.EscapeDataString(ConversationId)}/activities")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { type = "message", from = new { id = userId }, text, locale = "zh-CN", textFormat = "plain", channelData = new { clientActivityID = Guid.NewGuid().ToString("n") } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await http.SendAsync(request, cts.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"POST activities: {(int)response.StatusCode}", null, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cts.Token).ConfigureAwait(false));
        var id = doc.RootElement.GetProperty("id").GetString()!;
        var postMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var replies = RepliesTo(id).Reader;
        try
        {
            var reply = await replies.ReadAsync(cts.Token).ConfigureAwait(false);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            try
            {
                while (expect is not null && !expect.IsMatch(reply)) reply += "\n" + await replies.ReadAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // No further message made it match: the caller counts the reply as unexpected.
            }
            return (ms, postMs, reply);
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            throw new WebSocketException("stream closed");
        }
        finally
        {
            _replies.TryRemove(id, out _);
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
        _socket.Abort();
        if (_reader is not null) await _reader.ConfigureAwait(false);
        _socket.Dispose();
    }
}
