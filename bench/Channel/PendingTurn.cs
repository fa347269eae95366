namespace LeftBehind.Bench.Channel;

/// <summary>A turn waiting for its replies: completed by the first message whose replyToId is this activity.</summary>
internal sealed class PendingTurn(string activityId)
{
    private readonly List<string> _texts = [];

    public string ActivityId { get; } = activityId;

    public TaskCompletionSource Replied { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(SinkReply reply)
    {
        if (reply.Type != "message") return;
        lock (_texts) _texts.Add(reply.Text ?? string.Empty);
        Replied.TrySetResult();
    }

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts) return [.. _texts];
        }
    }
}
