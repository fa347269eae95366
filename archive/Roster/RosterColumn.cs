namespace LeftBehind.Archive.Roster;

/// <summary>The roster's columns; the Chinese header is also the name reported in errors.</summary>
internal enum RosterColumn
{
    School,
    Class,
    StudentNumber,
    Name,
    Gender,
    BirthDate,
    LeftBehindType,
    GuardianName,
    GuardianRelation,
    GuardianPhone,
    FatherName,
    FatherPhone,
    FatherWorkplace,
    MotherName,
    MotherPhone,
    MotherWorkplace,
    HeadTeacher,
    PairedTeacher,
}
