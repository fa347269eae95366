using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Parent;

internal sealed record WriteLetterState
{
    public ChildChoice? Child { get; init; }
    public string? Letter { get; init; }

    /// <summary>The message that started the flow ("给小明写信：…").</summary>
    public string? Text { get; init; }
}
