namespace LeftBehind.Scheduler.Outbox;

/// <summary>What happened to a claimed row; written back by the completion writer.</summary>
internal sealed record DeliveryOutcome(long Id, string Status, IReadOnlySet<int> DeliveredBindings, int Attempts, DateTimeOffset NotBefore, string? Error);
