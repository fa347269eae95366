namespace LeftBehind.Archive.Data.HostTables;

/// <summary>sched_outbox: the scheduler's proactive outbox (times as Unix milliseconds); the scheduler reads and writes it with its own SQL.</summary>
internal sealed class OutboxRow
{
    public long Id { get; set; }
    public required string DedupKey { get; set; }
    public int RecipientId { get; set; }
    public required string Job { get; set; }
    public required string Period { get; set; }
    public required string Payload { get; set; }
    public int Urgent { get; set; }
    public int ExpectsReply { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public long NotBefore { get; set; }
    public string? QuietHours { get; set; }
    public string? QuietZone { get; set; }
    public string? Locale { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseUntil { get; set; }
    public long CreatedAt { get; set; }
    public long? SentAt { get; set; }
    public string? DeliveredBindings { get; set; }
    public string? LastError { get; set; }
}
