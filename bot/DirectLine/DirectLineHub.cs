using System.Collections.Concurrent;
using System.Threading.Channels;
using LeftBehind.Archive.Storage;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// Live WebSocket streams per conversation. A stream is told "there is news" and reads the durable queue itself from
/// its own watermark, so ordering and replay come from the database. Typing indicators are not stored: they go
/// straight to open streams as ready frames. Both travel over the <see cref="IBackplane"/>, so a stream open on one
/// instance hears what another instance stored; when the backplane may have lost messages (its listener reconnected)
/// every stream re-reads.
/// </summary>
internal sealed class DirectLineHub : IDisposable
{
    public const string NewsTopic = "dl";
    public const string TypingTopic = "dl-typing";

    private readonly ConcurrentDictionary<string, Subscription> _streams = new(StringComparer.Ordinal);
    private readonly IBackplane _backplane;
    private readonly IDisposable[] _subscriptions;

    public DirectLineHub(IBackplane? backplane = null)
    {
        _backplane = backplane ?? new InProcessBackplane();
        _subscriptions =
        [
            _backplane.Subscribe(NewsTopic, WakeLocal),
            _backplane.Subscribe(TypingTopic, payload =>
            {
                var cut = payload.IndexOf('\n', StringComparison.Ordinal);
                if (cut > 0) SendLocal(payload[..cut], payload[(cut + 1)..]);
            }),
            _backplane.OnReconnected(() =>
            {
                foreach (var id in _streams.Keys) WakeLocal(id);
            }),
        ];
    }

    /// <summary>Registers a stream; an older stream of the same conversation is told to close ("collision").</summary>
    public Subscription Subscribe(string conversationId)
    {
        var sub = new Subscription(conversationId);
        _streams.AddOrUpdate(conversationId, sub, (_, old) =>
        {
            old.Collide();
            return sub;
        });
        return sub;
    }

    public void Unsubscribe(Subscription sub) => _streams.TryRemove(new KeyValuePair<string, Subscription>(sub.ConversationId, sub));

    /// <summary>After an append committed: every instance's stream of this conversation reads the queue.</summary>
    public Task NotifyAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _backplane.PublishAsync(NewsTopic, conversationId, cancellationToken);

    public Task SendEphemeralAsync(string conversationId, string frame, CancellationToken cancellationToken = default) =>
        _backplane.PublishAsync(TypingTopic, conversationId + "\n" + frame, cancellationToken);

    private void WakeLocal(string conversationId)
    {
        if (_streams.TryGetValue(conversationId, out var sub)) sub.Signals.Writer.TryWrite(null);
    }

    private void SendLocal(string conversationId, string frame)
    {
        if (_streams.TryGetValue(conversationId, out var sub)) sub.Signals.Writer.TryWrite(frame);
    }

    /// <summary>Ends the conversation's open stream (its grant was revoked).</summary>
    public void Close(string conversationId)
    {
        if (_streams.TryRemove(conversationId, out var sub)) sub.Collide();
    }

    public int Count => _streams.Count;

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }

    internal sealed class Subscription(string conversationId)
    {
        public string ConversationId { get; } = conversationId;

        /// <summary>null = read the queue; a string = send this frame as is.</summary>
        public Channel<string?> Signals { get; } = Channel.CreateBounded<string?>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });

        public bool Collided { get; private set; }

        public void Collide()
        {
            Collided = true;
            Signals.Writer.TryComplete();
        }
    }
}
