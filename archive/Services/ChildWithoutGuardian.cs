namespace LeftBehind.Archive.Services;

/// <summary>
/// A child with no active guardian: a guardian gap is open (<paramref name="ConcernId"/>, due at
/// <paramref name="DueAt"/>), or nobody is on the roster as guardian and no entrusted guardian is recorded.
/// </summary>
public sealed record ChildWithoutGuardian(
    int ChildId,
    string ChildName,
    int ClassId,
    string ClassName,
    int? HeadTeacherId,
    int? ConcernId,
    DateTimeOffset? DueAt,
    bool Overdue);
