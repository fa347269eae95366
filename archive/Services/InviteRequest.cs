namespace LeftBehind.Archive.Services;

/// <summary>POST /admin/invites: {school, studentNumber, role: father|mother|guardian} or {school, teacher, role: "teacher"}.</summary>
public sealed record InviteRequest(string? School, string? StudentNumber, string? Teacher, string? Role);
