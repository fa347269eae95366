using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record AskAttendanceState
{
    public ChildChoice? Child { get; init; }
    public string? Text { get; init; }

    /// <summary>The days to use when neither the first message nor the answer names any (a follow-up's).</summary>
    public AttendancePeriod? Period { get; init; }
}
