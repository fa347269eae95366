namespace LeftBehind.Dialogs.Parent;

internal sealed record AskTeacherState
{
    public ChildChoice? Child { get; set; }
    public string? Question { get; set; }
    public bool Confirm { get; set; }
}
