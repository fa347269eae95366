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
    DateTimeOffset? ClosedAt);
