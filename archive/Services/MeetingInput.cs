namespace LeftBehind.Archive.Services;

/// <summary>A 座谈会 to schedule: the school, one class or all (null), what, when and where.</summary>
public sealed record MeetingInput(int SchoolId, int? ClassId, string Title, DateTimeOffset At, string? Place);
