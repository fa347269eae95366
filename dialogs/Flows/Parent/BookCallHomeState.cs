namespace LeftBehind.Dialogs.Parent;

public sealed record BookCallHomeState
{
    public ChildChoice? Child { get; set; }
    public string? Text { get; set; }
}
