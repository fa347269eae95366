namespace LeftBehind.Dialogs.Parent;

public sealed record AskAttendanceState
{
    public ChildChoice? Child { get; set; }

    /// <summary>Every child, when the parent asked about all of them ("两个都看看").</summary>
    public List<ChildChoice>? Children { get; set; }
    public string? Text { get; set; }
}
