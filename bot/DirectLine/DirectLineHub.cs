using System.Collections.Concurrent;
using System.Threading.Channels;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// Live WebSocket streams per conversation. A stream is told "there is news" and reads the durable queue itself from
/// its own watermark, so ordering and replay come from the database. Typing indicators are not stored: they go
/// straight to open streams as ready frames.
/// </summary>
internal sealed class DirectLineHub
{
    private readonly ConcurrentDictionary<string, Subscription> _streams = new(StringComparer.Ordinal);

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

    public void Notify(string conversationId)
    {
        if (_streams.TryGetValue(conversationId, out var sub)) sub.Signals.Writer.TryWrite(null);
    }

    public void SendEphemeral(string conversationId, string frame)
    {
        if (_streams.TryGetValue(conversationId, out var sub)) sub.Signals.Writer.TryWrite(frame);
    }

    /// <summary>Ends the conversation's open stream (its grant was revoked).</summary>
    public void Close(string conversationId)
    {
        if (_streams.TryRemove(conversationId, out var sub)) sub.Collide();
    }

    public int Count => _streams.Count;

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
