using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record QuestionInfo(
    int Id,
    int ChildId,
    string ChildName,
    int AskedById,
    int? AssignedTeacherId,
    string Text,
    bool Urgent,
    QuestionStatus Status,
    string? Answer,
    int? AnsweredById,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ClosedAt)
{
    /// <summary>The assigned teacher's name, filled when the question is asked (the parent is told who will answer).</summary>
    public string? AssignedTeacherName { get; init; }
}
