using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LeftBehind.Bench.Scheduler;

/// <summary>
/// A local Bot Connector sink that behaves like an idempotent receiver: it answers
/// <c>POST /v3/conversations/{id}/activities</c> on 127.0.0.1 like a channel would, delivers the first post of each
/// (conversation, <c>channelData.outboxKey</c>) and answers a repeat of it with the same ResourceResponse id without
/// delivering it again. It counts the three things separately: posts on the wire, distinct messages delivered, repeated
/// posts dropped. Its log (one line per post: key, delivered|repeat) is what proves nothing was lost or shown twice.
/// </summary>
internal sealed class ConnectorSink : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Message> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentQueue<Message> _repeatOf = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private long _posts, _unkeyed, _repeats, _differing, _nextId;

    public ConnectorSink(int port)
    {
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>(a) Every post that reached the sink with a readable body.</summary>
    public long Posts => Interlocked.Read(ref _posts);

    /// <summary>(b) Distinct messages delivered: first posts of a key (plus posts without a key, which cannot be deduplicated).</summary>
    public int Delivered => _messages.Count + (int)Interlocked.Read(ref _unkeyed);

    /// <summary>(c) Repeated posts of a key already delivered: answered with the first id, not delivered again.</summary>
    public long Repeats => Interlocked.Read(ref _repeats);

    /// <summary>Repeats whose text was not the first post's: a resend that is not "the same message" (must be 0).</summary>
    public long RepeatsDiffering => Interlocked.Read(ref _differing);

    public long Unkeyed => Interlocked.Read(ref _unkeyed);

    /// <summary>Outbox keys delivered, each with how many times it was delivered (more than 1 would be a duplicate shown).</summary>
    public IReadOnlyDictionary<string, int> Deliveries => _deliveries;

    /// <summary>Of the repeats, how many repeat a post whose answer the sink had finished writing before <paramref name="timestamp"/>.</summary>
    public int RepeatsAnsweredBefore(long timestamp) => _repeatOf.Count(m => m.AnsweredBefore(timestamp));

    public void Start()
    {
        _listener.Start();
        for (var i = 0; i < 8; i++) _loops.Add(Task.Run(AcceptLoopAsync));
    }

    public void Reset()
    {
        _messages.Clear();
        _deliveries.Clear();
        _log.Clear();
        _repeatOf.Clear();
        Interlocked.Exchange(ref _posts, 0);
        Interlocked.Exchange(ref _unkeyed, 0);
        Interlocked.Exchange(ref _repeats, 0);
        Interlocked.Exchange(ref _differing, 0);
    }

    /// <summary>One line per post, in arrival order: its outbox key, a tab, and whether it was delivered or a dropped repeat.</summary>
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
        var root = document.RootElement;
        var key = root.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("outboxKey", out var k) ? k.GetString() : null;
        var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        Interlocked.Increment(ref _posts);

        Message message;
        if (key is null)
        {
            Interlocked.Increment(ref _unkeyed);
            message = new Message(NextId(), "");
            _log.Enqueue("(no key)\tdelivered");
        }
        else
        {
            // The receiver's idempotency: the first post of (conversation, key) wins, atomically, even against a
            // concurrent repeat; every later one gets the winner's id and is not delivered.
            var conversation = ConversationOf(context.Request.Url);
            var fresh = new Message(NextId(), Hash(text));
            message = _messages.GetOrAdd(conversation + "\n" + key, fresh);
            if (ReferenceEquals(message, fresh))
            {
                _deliveries.AddOrUpdate(key, 1, (_, n) => n + 1);
                _log.Enqueue(key + "\tdelivered");
            }
            else
            {
                Interlocked.Increment(ref _repeats);
                if (message.TextHash != fresh.TextHash) Interlocked.Increment(ref _differing);
                _repeatOf.Enqueue(message);
                _log.Enqueue(key + "\trepeat");
            }
        }

        var body = Encoding.UTF8.GetBytes($"{{\"id\":\"{message.Id}\"}}");
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
        // Only the first answer of a message is timed: it says whether the sender could have known of the delivery.
        Interlocked.CompareExchange(ref message.AnsweredAt, Stopwatch.GetTimestamp(), 0);
    }

    private string NextId() => "sink-" + Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ConversationOf(Uri? url)
    {
        // /v3/conversations/{id}/activities[/{replyToId}]
        var segments = url?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return segments.Length >= 3 ? Uri.UnescapeDataString(segments[2]) : "";
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

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

    /// <summary>A delivered message: the id the sink gave it, its text's hash, and when its first answer was written.</summary>
    private sealed class Message(string id, string textHash)
    {
        public long AnsweredAt;

        public string Id { get; } = id;

        public string TextHash { get; } = textHash;

        public bool AnsweredBefore(long timestamp)
        {
            var at = Interlocked.Read(ref AnsweredAt);
            return at > 0 && at <= timestamp;
        }
    }
}
