using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// A parent's message with two requests ("小明这周上学没？顺便帮我问下老师他作业多不多") is answered in order: the
/// first runs now, and when it is done the second is offered in the parent's own words (never forwarded unasked).
/// </summary>
internal sealed class ParentTwoRequestsInterceptor(ITextAnalyzer analyzer) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.AtMenu || turn.User.Actor.Role != ActorRole.Parent) return null;
        if (await TwoRequests.ReadAsync(analyzer, turn.Context.Activity.Text, turn.Context.Locale, atSpaces: false, (intent, _) => ParentMenuDialog.Routes(intent), cancellationToken).ConfigureAwait(false) is not { } options)
            return null;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        await FamilyTurn.SayBothKeptAtWhichChildAsync(turn.Context, cancellationToken).ConfigureAwait(false);
        return await turn.DialogContext.BeginDialogAsync(ParentMenuDialog.Name, options, cancellationToken).ConfigureAwait(false);
    }
}
