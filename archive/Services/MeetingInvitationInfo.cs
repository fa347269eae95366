using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>One invitation to a 座谈会 as staff and the invited person see it.</summary>
public sealed record MeetingInvitationInfo(
    int Id, int MeetingId, string Title, string? Place, DateTimeOffset At, int PersonId, string PersonName, int ChildId, string ChildName,
    FamilyRole Role, DateTimeOffset? InvitedAt, MeetingReply? Reply, bool? Attended);
