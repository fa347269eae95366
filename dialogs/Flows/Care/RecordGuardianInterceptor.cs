using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Care;

/// <summary>The button of the parents' notice (登记代理监护人) works whatever question was waiting.</summary>
internal sealed class RecordGuardianInterceptor(RecordGuardianDialog recordGuardian) : ITurnInterceptor
{
    public IEnumerable<Dialog> Dialogs => [recordGuardian];

    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        if (!CareCommands.IsRecordGuardian(turn.Context.Activity.Text) || turn.Runs(RecordGuardianDialog.Name)) return null;
        await turn.LeaveWaitingQuestionAsync(cancellationToken).ConfigureAwait(false);
        if (turn.User.Actor.Role != ActorRole.Guardian)
            return await turn.DialogContext.BeginDialogAsync(RecordGuardianDialog.Name, null, cancellationToken).ConfigureAwait(false);
        await turn.Context.SendActivityAsync(CareText.Get(turn.Context, "GuardianNotAllowed"), cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }
}
