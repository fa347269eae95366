namespace LeftBehind.Scheduler.Outbox;

/// <summary>One row of <c>GET /admin/outbox</c> (ids and states only, never the text).</summary>
public sealed record OutboxEntry(long Id, string Key, int RecipientId, string Job, string Period, string Status, bool Urgent, int Attempts, DateTimeOffset NotBefore, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError);
