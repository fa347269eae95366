namespace LeftBehind.Scheduler.Outbox;

/// <summary>What a proactive message says, already in the recipient's language.</summary>
public sealed record OutboxMessage(string Text, IReadOnlyList<OutboxChoice>? Choices = null);
