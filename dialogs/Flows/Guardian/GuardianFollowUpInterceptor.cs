using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// As for the parents (<see cref="ParentFollowUpInterceptor"/>): right after a grandparent's attendance question
/// ("小明今天到校了吗"), "那小红呢" or "昨天呢" asks the same again with only what it names changed, for a few minutes.
/// Anything else, or later, is a new request.
/// </summary>
internal sealed class GuardianFollowUpInterceptor(GuardianAccessors accessors, IChildrenService children) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var text = context.Activity.Text;
        if (!turn.AtMenu || turn.User.Actor.Role != ActorRole.Guardian || !FollowUpQuestion.Matches(text)) return null;
        var memory = await accessors.Memory.GetAsync(context, () => new GuardianMemory(), cancellationToken).ConfigureAwait(false);
        var now = KernelTurnState.GetTimeProvider(context).GetUtcNow();
        if (memory is not { AttendanceChildId: { } lastChild, AttendanceAskedAt: { } asked } || now - asked > ParentFollowUpInterceptor.Window) return null;

        var list = (await children.GetChildrenAsync(turn.User.Actor, cancellationToken).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        if (FollowUpQuestion.Read(text!, list, now, KernelTurnState.GetTimeZone(context)) is not { Child: var named }) return null;

        var child = named ?? list.FirstOrDefault(c => c.Id == lastChild);
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return await turn.DialogContext.BeginDialogAsync(RoleFlowDialogs.GuardianMenu, new RoleMenuOptions(Intents.Attendance) { Child = child }, cancellationToken).ConfigureAwait(false);
    }
}
