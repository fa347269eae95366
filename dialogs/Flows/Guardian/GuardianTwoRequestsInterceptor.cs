using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// As for the parents (<see cref="ParentTwoRequestsInterceptor"/>), a grandparent's message with two requests, typed
/// with spaces as often as with punctuation ("小明今天到校了没 明天要请假 发烧"), is done in order: the first now, then
/// the second with its own words (its day and reason read from them; naming no child, it is about the first one's).
/// The second is not offered first: a grandparent's flows confirm what they do in one short question of their own.
/// An emergency is never begun from half a message (urgent words are heard before this, whole).
/// </summary>
internal sealed class GuardianTwoRequestsInterceptor(ITextAnalyzer analyzer) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.AtMenu || turn.User.Actor.Role != ActorRole.Guardian) return null;
        // 告诉他爸 娃想他了: one request, the words after the asking its message, never split at the space.
        if (TellParentsRequest.Matches(turn.Context.Activity.Text, out _)) return null;
        if (await TwoRequests.ReadAsync(analyzer, turn.Context.Activity.Text, turn.Context.Locale, atSpaces: true, Routes, cancellationToken).ConfigureAwait(false) is not { } options)
            return null;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        await FamilyTurn.SayBothKeptAtWhichChildAsync(turn.Context, cancellationToken).ConfigureAwait(false);
        return await turn.DialogContext.BeginDialogAsync(RoleFlowDialogs.GuardianMenu, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A request one of the grandparent's flows does: a menu item's, or a question whether the child went to school.</summary>
    internal static bool Routes(string? intent, string words) =>
        intent != Intents.Emergency && (GuardianMenuDialog.FlowOf(intent) is not null || GuardianMenuDialog.AsksAttendance(intent, words));
}
