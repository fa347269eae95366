using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>
/// The one place help, cancel and "main menu" are handled (Bot Builder's CancelAndHelpDialog). Derive role
/// components from it: help answers and re-asks the current question without touching the stack; cancel empties
/// the whole stack; menu empties it and starts the root dialog again in the same turn.
/// </summary>
public class InterruptibleDialog(string id) : ComponentDialog(id)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        var kind = activity.Type == ActivityTypes.Message ? InterruptionRecognizer.Recognize(activity.Text) : Interruption.None;
        switch (kind)
        {
            case Interruption.Help:
                await SendHelpAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
            case Interruption.Cancel:
                await innerDc.Context.SendActivityAsync(KernelText.Get(innerDc.Context, "Cancelled"), cancellationToken).ConfigureAwait(false);
                return await CancelEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
            case Interruption.Menu:
                innerDc.Context.TurnState[DialogExtensions.RestartRootKey] = true;
                return await CancelEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends this dialog's help; override to explain the current flow.</summary>
    protected virtual Task SendHelpAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(KernelText.Get(turnContext, "Help"), cancellationToken);

    private static async Task<DialogTurnResult> CancelEverythingAsync(DialogContext innerDc, CancellationToken ct)
    {
        var root = innerDc;
        while (root.Parent is not null) root = root.Parent;
        await root.CancelAllDialogsAsync(ct).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }
}
