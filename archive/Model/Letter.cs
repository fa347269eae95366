namespace LeftBehind.Archive.Model;

/// <summary>两地书: text, or a photo of a handwritten letter (an attachment URL or content id).</summary>
internal sealed class Letter
{
    /// <summary>The turn that filed it (<see cref="Services.TurnWrites"/>): a re-run of that turn finds this row instead of filing another.</summary>
    public string? RequestKey { get; set; }

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public LetterDirection Direction { get; set; }
    public int? AuthorId { get; set; }
    public string? Text { get; set; }
    public string? PhotoUrl { get; set; }
    public string? PhotoContentType { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>When the guardian (or a teacher) marked it 已读给孩子听: the writer sees it in their letter history.</summary>
    public DateTimeOffset? ReadToChildAt { get; set; }

    /// <summary>Who read it to the child.</summary>
    public int? ReadToChildById { get; set; }
}
