using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record AttendanceDay(DateOnly Date, AttendanceStatus Status, string? Reason);
