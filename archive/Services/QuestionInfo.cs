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

    /// <summary>The asker's name, filled for a teacher's inbox (whoever answers should know who asked).</summary>
    public string? AskedByName { get; init; }

    /// <summary>The asker's place in the child's family (father, mother or guardian), filled with <see cref="AskedByName"/>; null when no longer linked.</summary>
    public FamilyRole? AskedByRole { get; init; }
}
