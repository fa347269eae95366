using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record AskAttendanceState
{
    public ChildChoice? Child { get; init; }
    public string? Text { get; init; }
}
