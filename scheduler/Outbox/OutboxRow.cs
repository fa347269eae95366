namespace LeftBehind.Scheduler.Outbox;

/// <summary>A claimed row on its way to the adapter.</summary>
internal sealed record OutboxRow(long Id, string Key, int RecipientId, string Job, string Payload, string Status, bool Urgent, int Attempts, string? QuietHours, string? QuietZone, string? Locale, IReadOnlySet<int> DeliveredBindings);
