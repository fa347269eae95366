namespace LeftBehind.Archive.Model;

/// <summary>A tip chosen for a person under an outbox key (one per key), and the person's 有用 / 没用 when they gave one.</summary>
internal sealed class TipSend
{
    public long Id { get; set; }
    public int PersonId { get; set; }
    public int TipId { get; set; }
    public required string OutboxKey { get; set; }
    public DateTimeOffset ChosenAt { get; set; }
    public TipFeedback? Feedback { get; set; }
    public DateTimeOffset? FeedbackAt { get; set; }
}
