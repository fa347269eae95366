namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// What the guardian flows remember beyond one dialog: the letter last shown in 看信 (and when), so 已读给孩子听 said
/// later at the menu — after a page reload, or after 菜单 — marks the letter the reader was looking at; and the last
/// attendance question, for a follow-up.
/// </summary>
internal sealed record GuardianMemory
{
    public int? LetterShownId { get; init; }

    public int? LetterShownChildId { get; init; }

    public DateTimeOffset? LetterShownAt { get; init; }

    /// <summary>The child of the last attendance question ("小明今天到校了吗") and when, so "那小红呢" asks the same of another.</summary>
    public int? AttendanceChildId { get; init; }

    public DateTimeOffset? AttendanceAskedAt { get; init; }
}
