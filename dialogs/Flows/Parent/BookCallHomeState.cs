namespace LeftBehind.Dialogs.Parent;

internal sealed record BookCallHomeState
{
    public ChildChoice? Child { get; set; }
    public string? Text { get; set; }
}
