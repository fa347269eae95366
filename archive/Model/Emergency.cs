namespace LeftBehind.Archive.Model;

internal sealed class Emergency
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int? RaisedById { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public List<EmergencyRecipient> Recipients { get; set; } = [];
}
