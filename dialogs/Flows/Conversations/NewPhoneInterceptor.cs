using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// A bound person asking how to go on with a new phone ("换手机了咋办") is told what to do: a new code from the head
/// teacher, sent from the new phone (this binding stays until they end it). Only a short message that is about the
/// phone; at a question it is answered and the question asked again; content being written is never read for it.
/// </summary>
internal sealed class NewPhoneInterceptor : ITurnInterceptor
{
    /// <summary>Longer messages say more than a question about the phone ("孩子的新手机…问问老师").</summary>
    private const int MaxLength = 12;

    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Context.Activity.Text;
        if (turn.CollectsContent || turn.Runs(RoleFlowDialogs.RaiseEmergency) || turn.Runs(ConfirmEmergencyDialog.Name) || string.IsNullOrWhiteSpace(text)
            || TextNormalizer.Compact(text).Length > MaxLength || !NewPhoneRequest.Matches(text)) return null;
        await turn.Context.SendActivityAsync(ConversationText.Strings.Get(turn.Context, "BoundNewPhone"), cancellationToken).ConfigureAwait(false);
        return turn.AtMenu ? turn.Handled : await turn.AskAgainAsync(cancellationToken).ConfigureAwait(false);
    }
}
