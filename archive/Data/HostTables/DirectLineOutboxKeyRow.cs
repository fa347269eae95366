namespace LeftBehind.Archive.Data.HostTables;

/// <summary>directline_outbox_keys: an outbox key already delivered into a conversation (a resend is dropped, not shown twice).</summary>
internal sealed class DirectLineOutboxKeyRow
{
    public required string ConversationId { get; set; }
    public required string OutboxKey { get; set; }
    public long Seq { get; set; }
}
