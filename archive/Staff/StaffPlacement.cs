namespace LeftBehind.Archive.Staff;

/// <summary>Where a new staff account belongs: its school (none for a county viewer) and, for a teacher, the roster's teacher.</summary>
public sealed record StaffPlacement(int? SchoolId, string? SchoolName, int? PersonId);
