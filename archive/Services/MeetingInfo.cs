namespace LeftBehind.Archive.Services;

/// <summary>A 座谈会 with its counts: invited, replied 参加 / 不参加, and present.</summary>
public sealed record MeetingInfo(int Id, int SchoolId, int? ClassId, string Title, string? Place, DateTimeOffset At, int Invited, int Attending, int Declined, int Attended);
