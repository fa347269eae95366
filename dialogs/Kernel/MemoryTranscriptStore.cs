using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// A bounded in-memory transcript (the default logger; the archive may register a durable one). Keeps the last
/// <see cref="PerConversation"/> activities of the last <see cref="Conversations"/> conversations.
/// </summary>
internal sealed class MemoryTranscriptStore : ITranscriptLogger
{
    public const int PerConversation = 200;
    public const int Conversations = 1000;

    private readonly Dictionary<string, Queue<Activity>> _byConversation = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    public Task LogActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var key = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        lock (_gate)
        {
            if (!_byConversation.TryGetValue(key, out var queue))
            {
                queue = new Queue<Activity>();
                _byConversation[key] = queue;
                _order.Enqueue(key);
                while (_order.Count > Conversations) _byConversation.Remove(_order.Dequeue());
            }
            queue.Enqueue(activity);
            while (queue.Count > PerConversation) queue.Dequeue();
        }
        return Task.CompletedTask;
    }

    public IReadOnlyList<Activity> GetTranscript(string channelId, string conversationId)
    {
        lock (_gate)
        {
            return _byConversation.TryGetValue($"{channelId}/{conversationId}", out var q) ? q.ToList() : [];
        }
    }
}
