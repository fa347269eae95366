namespace LeftBehind.Dialogs.Parent;

internal sealed record AskAttendanceState
{
    public ChildChoice? Child { get; set; }
    public string? Text { get; set; }
}
