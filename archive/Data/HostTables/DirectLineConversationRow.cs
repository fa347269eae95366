namespace LeftBehind.Archive.Data.HostTables;

/// <summary>directline_conversations: a Direct Line conversation and its last activity sequence number.</summary>
internal sealed class DirectLineConversationRow
{
    public required string Id { get; set; }
    public string? UserId { get; set; }
    public long CreatedAt { get; set; }
    public long LastSeq { get; set; }
}
