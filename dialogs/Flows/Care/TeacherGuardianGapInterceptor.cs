using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// A teacher who writes that a family's guardian cannot care, with nothing else waiting, is asked which child and the
/// same report is made (<see cref="ReportGuardianGapDialog"/>).
/// </summary>
internal sealed class TeacherGuardianGapInterceptor(ReportGuardianGapDialog reportGap) : ITurnInterceptor
{
    public IEnumerable<Dialog> Dialogs => [reportGap];

    public Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.Idle || turn.Analysis is not { GuardianCannotCare: true } analysis || turn.Context.Activity.Text is not { } text
            || turn.User.Actor.Role is not (ActorRole.Teacher or ActorRole.Admin)) return Task.FromResult<DialogTurnResult?>(null);
        return BeginAsync(turn, new ReportGuardianGapOptions(text, analysis.UrgencyReason), cancellationToken);
    }

    private static async Task<DialogTurnResult?> BeginAsync(InterceptedTurn turn, ReportGuardianGapOptions options, CancellationToken cancellationToken) =>
        await turn.DialogContext.BeginDialogAsync(ReportGuardianGapDialog.Name, options, cancellationToken).ConfigureAwait(false);
}
