using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Care;

internal sealed record LogFiveOnesState
{
    public ChildChoice? Child { get; init; }
}
