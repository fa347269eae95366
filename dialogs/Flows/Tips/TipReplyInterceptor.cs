using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Tips;

/// <summary>
/// 有用 / 没用 / 1 / 2 / 停 right after a tip answer the tip (<see cref="TipReplies"/>). While a question waits the
/// reply is recorded and the question asked again; a bare 1 / 2 for a tip newer than that question leaves it behind.
/// Content (a letter, a message) is never a tip reply.
/// </summary>
internal sealed class TipReplyInterceptor(TipReplies tips) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CollectsContent || turn.Runs(RoleFlowDialogs.RaiseEmergency)) return null;
        var outcome = await tips.TryHandleAsync(turn.Context, turn.User, turn.Idle, cancellationToken).ConfigureAwait(false);
        if (outcome == TipReplyOutcome.NotOurs) return null;
        if (outcome == TipReplyOutcome.AnsweredInsteadOfWaitingQuestion)
        {
            await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        return await turn.AskAgainAsync(cancellationToken).ConfigureAwait(false);
    }
}
