namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// Either a ready-made message (its resource name, rendered in each parent's language) or the guardian's own words;
/// <see cref="ReadWords"/> are words read from the message that asked, sent only once the guardian says yes.
/// </summary>
internal sealed record SendParentMessageState
{
    public int? ChildId { get; init; }
    public string? CannedName { get; init; }
    public string? ReadWords { get; init; }
}
