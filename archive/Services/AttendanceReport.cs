using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>Days with a record in the range (oldest first) and counts for every status (zero included).</summary>
public sealed record AttendanceReport(int ChildId, string ChildName, DateOnly From, DateOnly To, IReadOnlyDictionary<AttendanceStatus, int> Counts, IReadOnlyList<AttendanceDay> Days);
