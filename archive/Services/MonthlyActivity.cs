using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>A month's records as counts: attendance days per child and status, notes visible to parents and letters per child, calls per child and parent.</summary>
public sealed record MonthlyActivity(
    IReadOnlyDictionary<(int ChildId, AttendanceStatus Status), int> Attendance,
    IReadOnlyDictionary<int, int> ParentNotes,
    IReadOnlyDictionary<int, int> Letters,
    IReadOnlyDictionary<(int ChildId, int ParentId), int> Calls);
