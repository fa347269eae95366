namespace LeftBehind.Archive.Services;

/// <summary>
/// 座谈会 (#20 item 5) through the access policy: the school schedules one (a school admin, or the head teacher for
/// their class), every guardian and parent of the children is invited once, their 参加 / 不参加 is kept and the
/// attendance is recorded.
/// </summary>
public interface IMeetingService
{
    Task<MeetingInfo> ScheduleAsync(Actor actor, MeetingInput input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetingInfo>> ListAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The meeting's invitations the actor may see (staff only).</summary>
    Task<IReadOnlyList<MeetingInvitationInfo>> GetInvitationsAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default);

    /// <summary>Records whether an invited person came; false when no such invitation is visible.</summary>
    Task<bool> RecordAttendanceAsync(Actor actor, int invitationId, bool attended, CancellationToken cancellationToken = default);

    /// <summary>Invitations not yet sent for meetings still to come (the scheduler's read).</summary>
    Task<IReadOnlyList<MeetingInvitationInfo>> GetInvitationsDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    Task MarkInvitedAsync(IReadOnlyCollection<int> invitationIds, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The person's latest invitation sent for a meeting still to come, that a 参加 / 不参加 answers.</summary>
    Task<MeetingInvitationInfo?> FindOpenInvitationAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>Keeps the person's answer (a later one replaces it); null when the invitation is not theirs or the meeting is past.</summary>
    Task<MeetingInvitationInfo?> ReplyAsync(int personId, int invitationId, Model.MeetingReply reply, CancellationToken cancellationToken = default);
}
