namespace LeftBehind.Archive.Services;

/// <summary>The term's 座谈会 as sums: meetings held, people invited, replies 参加, people who came.</summary>
public sealed record MeetingSums(int Meetings, int Invited, int Attending, int Attended);
