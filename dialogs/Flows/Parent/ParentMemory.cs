namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// What a parent's flows remember between conversations: the last call booked, so "打过了" can close it; the last
/// attendance question, so "小红呢" a few minutes later asks it again for the other child.
/// </summary>
internal sealed record ParentMemory
{
    public LastAttendanceQuestion? LastAttendance { get; set; }

    public int? LastBookingId { get; set; }
    public int? LastBookingChildId { get; set; }

    /// <summary>A letter left unsent at its last look (<see cref="LetterDraft"/>).</summary>
    public LetterDraft? LetterDraft { get; set; }
}
