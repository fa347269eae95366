using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Right after an attendance answer, "小红呢", "上周三呢" or "那这个月呢" asks the same question again with only what
/// it names changed (the child, the days), for a few minutes. Anything else, or later, is a new request. Asked while a
/// yes/no question waits ("您还说了：…现在帮您办吗？"), the follow-up is answered and the question asked again.
/// </summary>
internal sealed class ParentFollowUpInterceptor(ParentAccessors accessors, IChildrenService children) : ITurnInterceptor
{
    /// <summary>How long the last question stays the context of a follow-up.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var text = context.Activity.Text;
        if (!(turn.AtMenu || turn.WaitsForYesNo) || turn.User.Actor.Role != ActorRole.Parent || !FollowUpQuestion.Matches(text)) return null;
        var memory = await accessors.Memory.GetAsync(context, () => new ParentMemory(), cancellationToken).ConfigureAwait(false);
        var now = KernelTurnState.GetTimeProvider(context).GetUtcNow();
        if (memory.LastAttendance is not { } last || now - last.AskedAt > Window) return null;

        var list = (await children.GetChildrenAsync(turn.User.Actor, cancellationToken).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        if (FollowUpQuestion.Read(text!, list, now, KernelTurnState.GetTimeZone(context)) is not { } read) return null;
        var (named, period) = read;

        var flow = new ParentFlowOptions(text, named?.Id ?? last.ChildId) { Period = period ?? last.Period };
        var options = new RoleMenuOptions(Intents.Attendance) { Flow = flow };
        if (!turn.AtMenu) return await turn.AsideAsync(ParentMenuDialog.Name, options, cancellationToken).ConfigureAwait(false);
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        return await turn.DialogContext.BeginDialogAsync(ParentMenuDialog.Name, options, cancellationToken).ConfigureAwait(false);
    }
}
