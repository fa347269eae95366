namespace LeftBehind.Archive.Services;

/// <summary>POST /admin/attendance item. Status: present|absent|late|leave|sick (or 出勤/缺勤/迟到/请假/病假).</summary>
public sealed record AttendanceInput(string? School, string? StudentNumber, string? Date, string? Status, string? Reason);
