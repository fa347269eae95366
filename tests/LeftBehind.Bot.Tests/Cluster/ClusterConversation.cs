using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Tests.Cluster;

/// <summary>
/// One Direct Line conversation through the load balancer, as botframework-directlinejs drives it: token and streamUrl
/// from the start call, the WebSocket stream for everything the bot says, POSTs for the user's messages. When the
/// stream drops it reconnects (GET conversation with the last watermark, new streamUrl) like the official client,
/// and retries a request the proxy could not deliver. A retry waits for the proxy to take the dead instance out (the
/// test does that when it kills one), never for a timer. Every activity received is kept with the time it arrived.
/// </summary>
internal sealed class ClusterConversation(HttpClient http, string userId, LoadBalancer? proxy = null) : IAsyncDisposable
{
    private readonly List<Received> _received = [];
    private readonly List<(Func<JsonElement, bool> Match, TaskCompletionSource<Received> Done, int From)> _waiters = [];
    private readonly CancellationTokenSource _stop = new();
    private ClientWebSocket? _socket;
    private Task? _reader;
    private string _token = "";
    private long _watermark;

    public string ConversationId { get; private set; } = "";

    public string UserId => userId;

    /// <summary>Which instance served each stream this conversation opened (the proxy's x-lb-destination).</summary>
    public List<string> StreamDestinations { get; } = [];

    public int Reconnects { get; private set; }

    /// <summary>Set when a reconnect was refused (the grant was revoked): the stream is not opened again.</summary>
    public HttpStatusCode? ReconnectRefused { get; private set; }

    /// <param name="At">Stopwatch timestamp of arrival.</param>
    /// <param name="Wall">Wall-clock arrival, to compare with times the service wrote on the same machine.</param>
    public sealed record Received(JsonElement Activity, long At, DateTimeOffset Wall)
    {
        public string? Type => Activity.TryGetProperty("type", out var t) ? t.GetString() : null;

        public string? Text => Activity.TryGetProperty("text", out var t) ? t.GetString() : null;

        public string? Id => Activity.TryGetProperty("id", out var t) ? t.GetString() : null;

        public string? ReplyToId => Activity.TryGetProperty("replyToId", out var t) ? t.GetString() : null;

        public bool FromBot => Activity.TryGetProperty("from", out var f) && f.TryGetProperty("role", out var r) && r.GetString() == "bot";
    }

    public List<Received> Snapshot()
    {
        lock (_received) return [.. _received];
    }

    public int Count
    {
        get
        {
            lock (_received) return _received.Count;
        }
    }

    public async Task StartAsync()
    {
        var body = JsonSerializer.Serialize(new { user = new { id = userId }, locale = "zh-CN" });
        using var response = await SendWithRetryAsync(() => Request(HttpMethod.Post, "/v3/directline/conversations", body, token: Infrastructure.LeftBehindFactory.TestDirectLineSecret));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        ConversationId = doc.RootElement.GetProperty("conversationId").GetString()!;
        _token = doc.RootElement.GetProperty("token").GetString()!;
        await ConnectAsync(doc.RootElement.GetProperty("streamUrl").GetString()!);
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Posts a message; returns the stored activity's id and the instance that took the POST.</summary>
    public async Task<(string Id, string Destination)> SayAsync(string text, object? value = null)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            from = new { id = userId, role = "user" },
            text,
            value,
            locale = "zh-CN",
            channelData = new { clientActivityID = Guid.NewGuid().ToString("n") },
        });
        using var response = await SendWithRetryAsync(() => Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", body, _token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (doc.RootElement.GetProperty("id").GetString()!, Destination(response));
    }

    /// <summary>Posts straight to one instance and returns only the status (a revoked grant answers 403).</summary>
    public async Task<HttpStatusCode> PostDirectAsync(string instanceBaseUrl, string text)
    {
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = userId, role = "user" }, text, locale = "zh-CN" });
        using var request = Request(HttpMethod.Post, instanceBaseUrl + $"/v3/directline/conversations/{ConversationId}/activities", body, _token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>
    /// Posts straight to one instance (bypassing the proxy: the token is valid on every instance) and returns the text
    /// of the bot's reply to it, as it arrives on the stream.
    /// </summary>
    public async Task<string> SayDirectAsync(string instanceBaseUrl, string text)
    {
        var seen = Count;
        var body = JsonSerializer.Serialize(new { type = "message", from = new { id = userId, role = "user" }, text, locale = "zh-CN" });
        using var request = Request(HttpMethod.Post, instanceBaseUrl + $"/v3/directline/conversations/{ConversationId}/activities", body, _token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = doc.RootElement.GetProperty("id").GetString();
        var reply = await WaitForAsync(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == id && a.GetProperty("type").GetString() == "message", TimeSpan.FromSeconds(10), seen);
        return reply.Text ?? "";
    }

    /// <summary>Waits for an activity received from position <paramref name="from"/> on that matches.</summary>
    public Task<Received> WaitForAsync(Func<JsonElement, bool> match, TimeSpan limit, int from = 0)
    {
        var done = new TaskCompletionSource<Received>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            var found = _received.Skip(from).FirstOrDefault(r => match(r.Activity));
            if (found is not null) return Task.FromResult(found);
            _waiters.Add((match, done, from));
        }
        return done.Task.WaitAsync(limit);
    }

    public static Func<JsonElement, bool> BotText(Func<string, bool> text) =>
        a => a.TryGetProperty("type", out var t) && t.GetString() == "message" && a.TryGetProperty("from", out var f) && f.TryGetProperty("role", out var r) && r.GetString() == "bot"
             && a.TryGetProperty("text", out var x) && x.GetString() is { } s && text(s);

    /// <summary>All stored activities of the conversation (GET from watermark 0): what the user should have seen.</summary>
    public async Task<List<JsonElement>> HistoryAsync()
    {
        var all = new List<JsonElement>();
        var watermark = "";
        while (true)
        {
            using var response = await SendWithRetryAsync(() => Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}", null, _token));
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var page = doc.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
            if (page.Count == 0) return all;
            all.AddRange(page);
            watermark = doc.RootElement.GetProperty("watermark").GetString()!;
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? json, string? token)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>
    /// A request that died with its instance (the proxy answers 502, or the connection is reset) is sent again once the
    /// proxy has taken an instance out since it was sent: then it cannot be routed to the dead one again. Without a
    /// proxy, or for any other answer, the response is returned as it is.
    /// </summary>
    private async Task<HttpResponseMessage> SendWithRetryAsync(Func<HttpRequestMessage> build)
    {
        while (true)
        {
            var epoch = proxy?.Epoch ?? 0;
            using var request = build();
            try
            {
                var response = await http.SendAsync(request, _stop.Token);
                if (proxy is null || response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable)) return response;
                response.Dispose();
            }
            catch (HttpRequestException) when (proxy is not null)
            {
                // Connection reset by a dying instance: sent again below.
            }
            await WaitForRemovalAsync(epoch, request.RequestUri);
        }
    }

    /// <summary>Bounded: a failure that no removal explains (a live instance failing) ends the test with a clear message.</summary>
    private async Task WaitForRemovalAsync(long epoch, Uri? what)
    {
        try
        {
            await proxy!.RemovedSinceAsync(epoch).WaitAsync(TimeSpan.FromSeconds(60), _stop.Token);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{what} failed and no instance was taken out of the proxy since it was sent");
        }
    }

    private static string Destination(HttpResponseMessage response) =>
        response.Headers.TryGetValues(LoadBalancer.DestinationHeader, out var v) ? v.First() : "?";

    private async Task ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await socket.ConnectAsync(new Uri(streamUrl), _stop.Token);
        var d = socket.HttpResponseHeaders?.TryGetValue(LoadBalancer.DestinationHeader, out var v) == true ? v.First() : "?";
        lock (_received) StreamDestinations.Add(d);
        _socket = socket;
    }

    /// <summary>
    /// Reconnects as directlinejs does: GET the conversation with the last watermark for a fresh streamUrl. An upgrade
    /// that fails is tried again once the proxy has taken the dead instance out.
    /// </summary>
    private async Task ReconnectAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var epoch = proxy?.Epoch ?? 0;
            try
            {
                using var response = await SendWithRetryAsync(() => Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}?watermark={_watermark}", null, _token));
                if (!response.IsSuccessStatusCode)
                {
                    // Refused (a revoked or expired grant): the conversation has ended for this client, as for directlinejs.
                    ReconnectRefused = response.StatusCode;
                    return;
                }
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                await ConnectAsync(doc.RootElement.GetProperty("streamUrl").GetString()!);
                Reconnects++;
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException && proxy is not null)
            {
                // The proxy sent the upgrade to the instance that just died.
            }
            await WaitForRemovalAsync(epoch, null);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                while (_socket!.State == WebSocketState.Open)
                {
                    buffer.Clear();
                    ValueWebSocketReceiveResult r;
                    do
                    {
                        r = await _socket.ReceiveAsync(buffer.GetMemory(4096), _stop.Token);
                        buffer.Advance(r.Count);
                    }
                    while (!r.EndOfMessage);
                    if (r.MessageType == WebSocketMessageType.Close) break;
                    if (buffer.WrittenCount > 0) OnFrame(buffer.WrittenSpan);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or IOException)
            {
                // The instance behind the stream died: reconnect below.
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (_stop.IsCancellationRequested) return;
            try
            {
                await ReconnectAsync();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (ReconnectRefused is not null) return;
        }
    }

    private void OnFrame(ReadOnlySpan<byte> frame)
    {
        var at = Stopwatch.GetTimestamp();
        var wall = TimeProvider.System.GetUtcNow();
        using var doc = JsonDocument.Parse(frame.ToArray());
        var root = doc.RootElement;
        if (root.TryGetProperty("watermark", out var w) && w.ValueKind == JsonValueKind.String && long.TryParse(w.GetString(), out var mark)) _watermark = Math.Max(_watermark, mark);
        lock (_received)
        {
            foreach (var a in root.GetProperty("activities").EnumerateArray())
            {
                var received = new Received(a.Clone(), at, wall);
                _received.Add(received);
                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_received.Count - 1 < _waiters[i].From || !_waiters[i].Match(received.Activity)) continue;
                    _waiters[i].Done.TrySetResult(received);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket is { State: WebSocketState.Open })
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }
        if (_reader is not null)
        {
            try
            {
                await _reader;
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // Stopped on purpose.
            }
        }
        _socket?.Dispose();
        _stop.Dispose();
    }
}
