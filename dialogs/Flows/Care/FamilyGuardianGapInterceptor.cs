using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// A guardian's or parent's message that the guardian cannot care ("爷爷住院了，家里没人管孩子") is reported for all
/// their children before anything else looks at it: no child left alone (Minors Protection Law Art. 21–23). The
/// question that was waiting is moot; an urgent message goes on to the emergency, content goes on to its flow.
/// </summary>
internal sealed class FamilyGuardianGapInterceptor(GuardianGapReporter gaps) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Analysis is not { GuardianCannotCare: true } analysis || turn.Context.Activity.Text is not { } text
            || turn.Runs(RecordGuardianDialog.Name) || turn.Runs(ReportGuardianGapDialog.Name) || turn.Runs(RoleFlowDialogs.RaiseEmergency)) return null;
        var children = await gaps.ChildrenOfAsync(turn.User, cancellationToken).ConfigureAwait(false);
        if (children.Count == 0) return null;
        await gaps.ReportAsync(turn.Context, children, text, analysis.UrgencyReason, cancellationToken).ConfigureAwait(false);
        turn.GapReported = true;
        if (analysis.Urgent || turn.CollectsContent) return null;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }
}
