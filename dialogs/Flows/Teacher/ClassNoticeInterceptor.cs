using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A teacher's notice for the class's families (<see cref="ClassNotice"/>) is answered wherever it is typed: the chat
/// sends no class notices and this one reached nobody. At the menu that is all; at any other question ("写哪个学生的
/// 记录？") the question is asked again, so the notice is never taken for a wrong choice or a child. Text being written
/// as content (a note, an answer) is left as written, and an urgent message is the urgent-message interceptor's.
/// </summary>
internal sealed class ClassNoticeInterceptor(IChildrenService children) : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Context.Activity.Text;
        if (turn.CollectsContent || turn.User.Actor.Role is not (ActorRole.Teacher or ActorRole.Admin) || turn.Analysis?.Urgent == true
            || turn.Runs(RoleFlowDialogs.RaiseEmergency) || !ClassNotice.IsShaped(text)) return null;
        var list = await children.GetChildrenAsync(turn.User.Actor, cancellationToken).ConfigureAwait(false);
        if (!ClassNotice.Matches(text, list.Select(c => c.Name))) return null;
        await turn.Context.SendActivityAsync(TeacherText.Get(turn.Context, "ClassNoticeNotSent"), cancellationToken).ConfigureAwait(false);
        return turn.AtMenu ? turn.Handled : await turn.AskAgainAsync(cancellationToken).ConfigureAwait(false);
    }
}
