using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A recorded entrusted guardian; <paramref name="ConcernsClosed"/> guardian gaps it closed.</summary>
public sealed record EntrustmentInfo(
    int Id,
    int ChildId,
    string ChildName,
    string Name,
    string? Phone,
    string? Relation,
    DateOnly ToldOn,
    EntrustmentNotice ToldHow,
    int ConcernsClosed,
    PersonRef? HeadTeacher);
