using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record ChildSummary(
    int Id,
    string Name,
    string StudentNumber,
    int SchoolId,
    int ClassId,
    string ClassName,
    LeftBehindType LeftBehindType,
    GuardianRelation GuardianRelation);
