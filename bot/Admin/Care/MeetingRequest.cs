namespace LeftBehind.Bot.Admin.Care;

/// <summary>The body of POST /admin/meetings: <c>at</c> with its offset (e.g. <c>2026-12-18T15:00:00+08:00</c>).</summary>
internal sealed record MeetingRequest(int? SchoolId, int? ClassId, string? Title, DateTimeOffset? At, string? Place);
