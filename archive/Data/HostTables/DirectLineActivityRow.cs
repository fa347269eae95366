namespace LeftBehind.Archive.Data.HostTables;

/// <summary>directline_activities: the activities of a Direct Line conversation, by sequence number.</summary>
internal sealed class DirectLineActivityRow
{
    public required string ConversationId { get; set; }
    public long Seq { get; set; }
    public required string Activity { get; set; }
    public long CreatedAt { get; set; }
}
