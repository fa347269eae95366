using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// An urgent message opens the emergency flow at once (an unsure one asks once first), whatever question was waiting.
/// A letter, an answer or a note is content: it is kept, and the offer to alert follows once its flow is done
/// (<see cref="MainDialog"/> makes the offer); it is never taken over. Words that only ask for an emergency
/// (紧急情况, 应急) say nothing of what happened: they go straight to the emergency's own questions (which child, what
/// happened), which alert nobody until one is answered, instead of 「要马上通知全家和老师吗？」 before anything is known.
/// </summary>
internal sealed class UrgentMessageInterceptor(ConversationAccessors accessors) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Analysis is not { Urgent: true } analysis || turn.Runs(RoleFlowDialogs.RaiseEmergency) || turn.Runs(ConfirmEmergencyDialog.Name)) return null;
        var text = turn.Context.Activity.Text;
        if (turn.CollectsContent)
        {
            var profile = await accessors.Profile.GetAsync(turn.Context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
            profile.PendingAlertText = text;
            return null;
        }
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return analysis.ConfirmFirst && text is not null && !RaiseEmergencyDialog.IsRequestOnly(text)
            ? await turn.DialogContext.BeginDialogAsync(ConfirmEmergencyDialog.Name, new ConfirmEmergencyOptions(text, AfterContent: false), cancellationToken).ConfigureAwait(false)
            : await turn.DialogContext.BeginDialogAsync(RoleFlowDialogs.RaiseEmergency, RoleFlowDialogs.EmergencyOptions(text, null), cancellationToken).ConfigureAwait(false);
    }
}
