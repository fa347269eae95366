using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record AskTeacherState
{
    public ChildChoice? Child { get; init; }
    public string? Question { get; init; }
    public bool Confirm { get; init; }
}
