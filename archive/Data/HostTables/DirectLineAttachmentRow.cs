namespace LeftBehind.Archive.Data.HostTables;

/// <summary>directline_attachments: an uploaded file of a Direct Line conversation.</summary>
internal sealed class DirectLineAttachmentRow
{
    public required string Id { get; set; }
    public required string ConversationId { get; set; }
    public string? Name { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public long CreatedAt { get; set; }
}
