namespace LeftBehind.Archive.Services;

/// <summary>The care part of a term report: each teacher's 谈心 coverage and visits, and the concerns raised and closed.</summary>
public sealed record CareReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<TeacherCareRow> Teachers,
    int GuardianGapsRaised,
    int GuardianGapsClosed,
    int WellbeingRaised,
    int WellbeingClosed,
    int ChildrenWithoutGuardian);
