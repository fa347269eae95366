namespace LeftBehind.Scheduler.Outbox;

/// <summary>What a proactive message says, already in the recipient's language, with its buttons and attachments.</summary>
public sealed record OutboxMessage(string Text, IReadOnlyList<OutboxChoice>? Choices = null, IReadOnlyList<OutboxAttachment>? Attachments = null);
