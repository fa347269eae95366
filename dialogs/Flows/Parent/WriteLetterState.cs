namespace LeftBehind.Dialogs.Parent;

internal sealed record WriteLetterState
{
    public ChildChoice? Child { get; set; }
    public string? Letter { get; set; }
}
