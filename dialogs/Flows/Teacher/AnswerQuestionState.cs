namespace LeftBehind.Dialogs.Teacher;

internal sealed record AnswerQuestionState
{
    public int QuestionId { get; init; }
    public int AskedById { get; init; }
    public string ChildName { get; init; } = string.Empty;
    public string Question { get; init; } = string.Empty;

    /// <summary>The answer the teacher wrote at the action menu, sent once she confirms it.</summary>
    public string? Written { get; init; }
}
