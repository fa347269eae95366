using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// 参加 / 不参加 (or 1 / 2 right after the invitation) answer the person's open 座谈会 invitation
/// (<see cref="MeetingReplies"/>); whatever question waited is left behind, as for a tip's digit. Content being
/// written is never a reply.
/// </summary>
internal sealed class MeetingReplyInterceptor(MeetingReplies meetings) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CollectsContent || turn.Runs(RoleFlowDialogs.RaiseEmergency)) return null;
        if (!await meetings.TryHandleAsync(turn.Context, turn.User, turn.Idle, cancellationToken).ConfigureAwait(false)) return null;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }
}
