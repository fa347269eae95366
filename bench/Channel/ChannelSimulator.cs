using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LeftBehind.Bench.Channel;

/// <summary>
/// Plays a Bot Framework channel against a bot's <c>/api/messages</c>: posts full activities whose <c>serviceUrl</c> is
/// the local <see cref="ConnectorSink"/>, and completes a turn when the POST returned 2xx and a message reply with
/// <c>replyToId</c> = the activity's id reached the sink (or, with expectReplies, came back in the response body).
/// One outstanding turn per conversation, as a user waits for the answer.
/// </summary>
internal sealed class ChannelSimulator : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _bot;
    private readonly ConcurrentDictionary<string, PendingTurn> _pending = new(StringComparer.Ordinal);
    private readonly JsonLog? _turnLog;
    private long _seq;
    private long _repliesReceived, _repliesMatched, _repliesUnmatched, _proactive;

    private ChannelSimulator(Uri bot, ConnectorSink sink, bool expectReplies, JsonLog? turnLog)
    {
        _bot = bot;
        Sink = sink;
        ExpectReplies = expectReplies;
        _turnLog = turnLog;
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            AllowAutoRedirect = false,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        sink.OnReply = OnReply;
    }

    public ConnectorSink Sink { get; }

    public bool ExpectReplies { get; }

    public string ChannelId { get; init; } = "test";

    public string Locale { get; init; } = "zh-CN";

    public string RunId { get; } = Guid.NewGuid().ToString("n")[..8];

    public long RepliesReceived => Interlocked.Read(ref _repliesReceived);

    public long RepliesMatched => Interlocked.Read(ref _repliesMatched);

    public long RepliesUnmatched => Interlocked.Read(ref _repliesUnmatched);

    /// <summary>Messages to a conversation with no replyToId while nothing was pending there (proactive sends).</summary>
    public long Proactive => Interlocked.Read(ref _proactive);

    public static async Task<ChannelSimulator> StartAsync(string botUrl, bool expectReplies, string? sinkLogPath = null, string? turnLogPath = null)
    {
        var sink = await ConnectorSink.StartAsync(sinkLogPath is null ? null : new JsonLog(sinkLogPath)).ConfigureAwait(false);
        return new ChannelSimulator(new Uri(botUrl), sink, expectReplies, turnLogPath is null ? null : new JsonLog(turnLogPath));
    }

    private void OnReply(SinkReply reply)
    {
        Interlocked.Increment(ref _repliesReceived);
        if (_pending.TryGetValue(reply.ConversationId, out var p) && (reply.ReplyToId is null || reply.ReplyToId == p.ActivityId))
        {
            Interlocked.Increment(ref _repliesMatched);
            p.Add(reply);
            return;
        }
        if (reply.ReplyToId is null) Interlocked.Increment(ref _proactive);
        else Interlocked.Increment(ref _repliesUnmatched);
    }

    /// <summary>Sends one activity and waits (bounded by <paramref name="timeout"/>) for the HTTP answer and, if required, a reply.</summary>
    public async Task<TurnResult> SendAsync(SimConversation conv, string type, string? text, bool requireReply, TimeSpan timeout, int step = -1, string? redeliverId = null)
    {
        // A redelivery (fault drills) repeats the activity id, as a channel retrying an unacknowledged POST does.
        var activityId = redeliverId ?? $"{conv.Id}-a{Interlocked.Increment(ref _seq)}";
        var body = BuildActivity(conv, activityId, type, text);
        var pending = new PendingTurn(activityId);
        _pending[conv.Id] = pending;
        var started = Stopwatch.GetTimestamp();
        using var cts = new CancellationTokenSource(timeout);
        int status = 0;
        string? error = null;
        var outcome = TurnOutcome.Ok;
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await _http.PostAsync(_bot, content, cts.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            var responseBody = ExpectReplies ? await response.Content.ReadAsByteArrayAsync(cts.Token).ConfigureAwait(false) : null;
            if (!response.IsSuccessStatusCode)
            {
                outcome = TurnOutcome.Http;
            }
            else if (ExpectReplies)
            {
                foreach (var r in ReadExpectedReplies(conv.Id, responseBody!))
                {
                    Interlocked.Increment(ref _repliesReceived);
                    Interlocked.Increment(ref _repliesMatched);
                    pending.Add(r);
                }
                if (requireReply && !pending.Replied.Task.IsCompleted) outcome = TurnOutcome.Empty;
            }
            else if (requireReply)
            {
                await pending.Replied.Task.WaitAsync(cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            outcome = TurnOutcome.Timeout;
            error = status == 0 ? "no HTTP answer" : "no reply";
        }
        catch (HttpRequestException ex)
        {
            outcome = TurnOutcome.Http;
            error = ex.HttpRequestError.ToString();
        }
        finally
        {
            _pending.TryRemove(new KeyValuePair<string, PendingTurn>(conv.Id, pending));
        }
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var result = new TurnResult(outcome, ms, status, activityId, pending.Texts, error);
        _turnLog?.Write(new { kind = "turn", conv = conv.Id, user = conv.UserId, id = activityId, type, step, status, outcome = outcome.ToString(), latency = Math.Round(ms, 2), redelivery = redeliverId is not null, replies = result.Replies });
        return result;
    }

    /// <summary>A drill event (kill, restart) in the turn log, on the same clock as the turns.</summary>
    public void LogEvent(string what) => _turnLog?.Write(new { kind = "event", what });

    private static IEnumerable<SinkReply> ReadExpectedReplies(string conversationId, byte[] body)
    {
        if (body.Length == 0) yield break;
        using var doc = JsonDocument.Parse(body);
        if (!doc.RootElement.TryGetProperty("activities", out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var a in list.EnumerateArray())
        {
            var type = a.TryGetProperty("type", out var t) ? t.GetString() ?? "unknown" : "unknown";
            var text = a.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
            var replyTo = a.TryGetProperty("replyToId", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            yield return new SinkReply(conversationId, replyTo, type, text);
        }
    }

    private byte[] BuildActivity(SimConversation conv, string activityId, string type, string? text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(768);
        using (var w = new Utf8JsonWriter(buffer))
        {
            var now = TimeProvider.System.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("id", activityId);
            w.WriteString("timestamp", now);
            w.WriteString("localTimestamp", now);
            w.WriteString("locale", Locale);
            w.WriteString("channelId", ChannelId);
            w.WriteString("serviceUrl", Sink.Url);
            w.WriteStartObject("from");
            w.WriteString("id", conv.UserId);
            w.WriteString("name", conv.UserName);
            w.WriteString("role", "user");
            w.WriteEndObject();
            w.WriteStartObject("recipient");
            w.WriteString("id", "bot");
            w.WriteString("name", "Bot");
            w.WriteString("role", "bot");
            w.WriteEndObject();
            w.WriteStartObject("conversation");
            w.WriteString("id", conv.Id);
            w.WriteEndObject();
            if (type == "conversationUpdate")
            {
                w.WriteStartArray("membersAdded");
                w.WriteStartObject();
                w.WriteString("id", "bot");
                w.WriteString("name", "Bot");
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("id", conv.UserId);
                w.WriteString("name", conv.UserName);
                w.WriteEndObject();
                w.WriteEndArray();
            }
            if (text is not null)
            {
                w.WriteString("text", text);
                w.WriteString("textFormat", "plain");
            }
            if (ExpectReplies) w.WriteString("deliveryMode", "expectReplies");
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Invites for the simulated users, through the admin API of the host behind /api/messages.</summary>
    public Task<string?[]> CreateInvitesAsync(string adminKey, ScenarioInvites invites, int users) =>
        AdminClient.CreateInvitesAsync(_http, _bot.GetLeftPart(UriPartial.Authority), adminKey, invites, users);

    public async ValueTask DisposeAsync()
    {
        _turnLog?.Dispose();
        await Sink.DisposeAsync().ConfigureAwait(false);
        Sink.Log?.Dispose();
        _http.Dispose();
    }
}
