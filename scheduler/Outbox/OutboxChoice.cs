namespace LeftBehind.Scheduler.Outbox;

/// <summary>A numbered button: tapping it (or typing <see cref="Value"/>) sends the value back as a message.</summary>
public sealed record OutboxChoice(string Title, string Value);
