namespace LeftBehind.Archive.Model;

/// <summary>The answer to a 座谈会 invitation: 参加 or 不参加.</summary>
public enum MeetingReply
{
    Attend,
    Decline,
}
