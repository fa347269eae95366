using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Roster;

/// <summary>A validated roster line; empty optional cells are null.</summary>
internal sealed record RosterRow(
    int Row,
    string School,
    string Class,
    string StudentNumber,
    string Name,
    Gender Gender,
    DateOnly? BirthDate,
    LeftBehindType LeftBehindType,
    GuardianRelation GuardianRelation,
    RosterPerson? Guardian,
    RosterPerson? Father,
    RosterPerson? Mother,
    string? HeadTeacher,
    string? PairedTeacher);
