namespace LeftBehind.Archive.Data.HostTables;

/// <summary>sched_reminder_replies: a recipient's answer to a reminder, once per person and outbox key.</summary>
internal sealed class ReminderReplyRow
{
    public int PersonId { get; set; }
    public required string OutboxKey { get; set; }
    public required string Job { get; set; }
    public required string Reply { get; set; }
    public long RepliedAt { get; set; }
    public required string Month { get; set; }
}
