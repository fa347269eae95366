namespace LeftBehind.Dialogs.Teacher;

internal sealed record ShowInboxState
{
    public IReadOnlyList<int> QuestionIds { get; init; } = [];
}
