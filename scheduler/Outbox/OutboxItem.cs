namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// A row to write. The unique key is (recipient, job, period): the same job run twice for the same period
/// writes nothing the second time.
/// </summary>
internal sealed record OutboxItem(int RecipientId, string Job, string Period, OutboxMessage Message, bool Urgent, bool ExpectsReply, DateTimeOffset NotBefore, string? QuietHours, string? QuietZone, string Locale)
{
    public string Key => OutboxKey.Of(Job, RecipientId, Period);
}
