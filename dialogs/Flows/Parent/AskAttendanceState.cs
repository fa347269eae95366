namespace LeftBehind.Dialogs.Parent;

public sealed record AskAttendanceState
{
    public ChildChoice? Child { get; set; }
    public string? Text { get; set; }
}
