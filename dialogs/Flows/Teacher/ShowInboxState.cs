namespace LeftBehind.Dialogs.Teacher;

internal sealed record ShowInboxState
{
    public IReadOnlyList<int> QuestionIds { get; init; } = [];

    /// <summary>The child of each listed question, in the same order.</summary>
    public IReadOnlyList<string> ChildNames { get; init; } = [];
}
