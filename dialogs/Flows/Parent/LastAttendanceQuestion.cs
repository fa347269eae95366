namespace LeftBehind.Dialogs.Parent;

/// <summary>The parent's last attendance question: a follow-up that names only what changed ("小红呢") reuses the rest.</summary>
internal sealed record LastAttendanceQuestion(int ChildId, AttendancePeriod Period, DateTimeOffset AskedAt);
