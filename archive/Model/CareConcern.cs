namespace LeftBehind.Archive.Model;

/// <summary>
/// An urgent concern about one child: who raised it and why, what must happen by when (a temporary guardian named,
/// a follow-up talk held), and when it was closed. An open guardian gap flags the child as without an active guardian.
/// </summary>
internal sealed class CareConcern
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public CareConcernKind Kind { get; set; }
    /// <summary>The analyzer's reason or the rule (<c>care</c>, <c>alone</c>, <c>mood-twice</c>, <c>note</c>).</summary>
    public required string Reason { get; set; }
    /// <summary>The message or note that raised it (user content: inert, shown only to staff).</summary>
    public string? Text { get; set; }
    public int? RaisedById { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int? ClosedById { get; set; }
}
