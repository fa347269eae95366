namespace LeftBehind.Dialogs.Parent;

public sealed record WriteLetterState
{
    public ChildChoice? Child { get; set; }
    public string? Letter { get; set; }
}
