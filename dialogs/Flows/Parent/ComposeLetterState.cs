namespace LeftBehind.Dialogs.Parent;

/// <summary>The parts written so far; passed along as options, since each part restarts the compose loop.</summary>
internal sealed record ComposeLetterState
{
    public IReadOnlyList<string> Parts { get; init; } = [];
}
