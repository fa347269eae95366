using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record WriteLetterState
{
    public ChildChoice? Child { get; init; }
    public string? Letter { get; init; }
}
