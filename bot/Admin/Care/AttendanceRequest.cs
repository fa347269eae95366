namespace LeftBehind.Bot.Admin.Care;

/// <summary>The body of POST /admin/meetings/invitations/{id}/attendance.</summary>
internal sealed record AttendanceRequest(bool? Attended);
