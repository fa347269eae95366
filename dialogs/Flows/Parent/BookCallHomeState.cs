using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record BookCallHomeState
{
    public ChildChoice? Child { get; init; }
    public string? Text { get; init; }
}
