using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Chat that is not a request ("今天天气怎么样", "你好 在吗") gets a short friendly reply and the menu, never the offer
/// to pass it to a teacher. "谢谢" and "再见" close politely without the menu. Inside a flow ("哪个孩子请假？") the
/// chat is answered and the question asked again, never "没有这个选项"; there "谢谢" and "再见" are left to the question
/// ("好的谢谢" may be its yes), and content being written is never taken as chat.
/// </summary>
internal sealed class SmallTalkInterceptor : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CollectsContent || turn.Runs(RoleFlowDialogs.RaiseEmergency) || turn.Runs(ConfirmEmergencyDialog.Name)) return null;
        var kind = SmallTalk.Recognize(turn.Context.Activity.Text);
        if (kind == SmallTalkKind.None || (!turn.AtMenu && kind is SmallTalkKind.Thanks or SmallTalkKind.Goodbye)) return null;
        if (!turn.AtMenu)
        {
            await turn.Context.SendActivityAsync(ConversationText.Strings.Get(turn.Context, "SmallTalk" + kind), cancellationToken).ConfigureAwait(false);
            return await turn.AskAgainAsync(cancellationToken).ConfigureAwait(false);
        }
        await turn.Context.SendActivityAsync(ConversationText.Strings.Get(turn.Context, "SmallTalk" + kind), cancellationToken).ConfigureAwait(false);
        if (kind is SmallTalkKind.Thanks or SmallTalkKind.Goodbye) return turn.Handled;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return await turn.DialogContext.BeginDialogAsync(MainDialog.MenuOf(turn.User.Actor.Role), new RoleMenuOptions(null), cancellationToken).ConfigureAwait(false);
    }
}
