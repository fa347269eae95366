namespace LeftBehind.Dialogs.Parent;

public sealed record AskTeacherState
{
    public ChildChoice? Child { get; set; }
    public string? Question { get; set; }
    public bool Confirm { get; set; }
}
