using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// A grandparent's question whether a child went to school ("俺孙子咋样了 今天去学校没"), typed while another of his
/// questions waits (the leave's 「…对吗？」): answered beside it, and the waiting question asked again — never
/// 「没有这个选项」, never the waiting question dropped. Not at the question of which child (a request there is taken
/// as one, <see cref="ChooseChildDialog"/>), not where words are being written, not while an emergency is raised.
/// </summary>
internal sealed class GuardianAttendanceAsideInterceptor : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Idle || turn.AtMenu || turn.CollectsContent || turn.User.Actor.Role != ActorRole.Guardian) return null;
        if (turn.Runs(RoleFlowDialogs.RaiseEmergency) || turn.Runs(ChooseChildDialog.Name) || turn.Runs(CheckAttendanceDialog.Name)) return null;
        if (!GuardianMenuDialog.AsksAttendance(turn.Context, turn.Analysis?.Intent)) return null;
        return await turn.AsideAsync(RoleFlowDialogs.GuardianMenu, new RoleMenuOptions(Intents.Attendance), cancellationToken).ConfigureAwait(false);
    }
}
