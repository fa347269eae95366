namespace LeftBehind.Dialogs.Parent;

public sealed record AskTeacherState
{
    public ChildChoice? Child { get; set; }
    public string? Question { get; set; }
    public bool Confirm { get; set; }

    /// <summary>The question is an urgent concern (bullying, silence, a worrying absence).</summary>
    public bool Urgent { get; set; }
}
