namespace LeftBehind.Dialogs.Guardian;

/// <summary>Either a ready-made message (its resource name, rendered in each parent's language) or the guardian's own words.</summary>
internal sealed record SendParentMessageState
{
    public int? ChildId { get; init; }
    public string? CannedName { get; init; }
}
