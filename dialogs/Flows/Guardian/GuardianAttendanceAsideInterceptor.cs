using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// A grandparent's question whether a child went to school ("俺孙子咋样了 今天去学校没"), typed while another of his
/// questions waits (the leave's 「…对吗？」): answered beside it, and the waiting question asked again — never
/// 「没有这个选项」, never the waiting question dropped. At another flow's question of which child too (「小红这周上学了没」
/// at 「看哪个孩子的信？」 used to be taken as the only request, and the letters were dropped without a word): the question
/// is answered and the flow's question asked again. Not where words are being written, not while an emergency is raised,
/// not inside the attendance question itself.
/// </summary>
internal sealed class GuardianAttendanceAsideInterceptor : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Idle || turn.AtMenu || turn.CollectsContent || turn.User.Actor.Role != ActorRole.Guardian) return null;
        if (turn.Runs(RoleFlowDialogs.RaiseEmergency) || turn.Runs(CheckAttendanceDialog.Name)) return null;
        if (!GuardianMenuDialog.AsksAttendance(turn.Context, turn.Analysis?.Intent)) return null;
        return await turn.AsideAsync(RoleFlowDialogs.GuardianMenu, new RoleMenuOptions(Intents.Attendance), cancellationToken).ConfigureAwait(false);
    }
}
