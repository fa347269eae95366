using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// A parent or guardian typing only a child's name at the menu ("小明", "王小红"): the menu is shown for that child, and
/// the item chosen next is about them without asking which (never 「没看懂」 or 「没有这个选项」).
/// </summary>
internal sealed class ChildNameInterceptor(IChildrenService children) : ITurnInterceptor
{
    /// <summary>Longer messages are more than a name; the children are not looked up for them.</summary>
    private const int MaxNameLength = 8;

    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Context.Activity.Text;
        if (!turn.AtMenu || turn.User.Actor.Role is not (ActorRole.Parent or ActorRole.Guardian) || string.IsNullOrWhiteSpace(text)
            || TextNormalizer.Compact(text).Length > MaxNameLength) return null;
        var list = (await children.GetChildrenAsync(turn.User.Actor, cancellationToken).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        if (ChooseChildDialog.Named(list, text) is not { } child || ChooseChildDialog.WordsBesideName(text, child) > 0) return null;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return await turn.DialogContext.BeginDialogAsync(MainDialog.MenuOf(turn.User.Actor.Role), new RoleMenuOptions(null) { Child = child }, cancellationToken).ConfigureAwait(false);
    }
}
