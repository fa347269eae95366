namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// What the guardian flows remember beyond one dialog: the letter last shown in 看信 (and when), so 已读给孩子听 said
/// later at the menu — after a page reload, or after 菜单 — marks the letter the reader was looking at.
/// </summary>
internal sealed record GuardianMemory
{
    public int? LetterShownId { get; init; }

    public int? LetterShownChildId { get; init; }

    public DateTimeOffset? LetterShownAt { get; init; }
}
