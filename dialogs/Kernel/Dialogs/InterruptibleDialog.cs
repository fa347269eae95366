using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
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
                await SayLeftAsync(innerDc, cancellationToken).ConfigureAwait(false);
                innerDc.Context.TurnState[DialogExtensions.RestartRootKey] = true;
                return await CancelEverythingAsync(innerDc, cancellationToken).ConfigureAwait(false);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Going to the menu from a question says what became of what waited there, as a new request at it does
    /// ("刚才那句「…」没有转给老师。"): a father who typed 返回 at 要把这句话转给老师吗？ was left to guess.
    /// </summary>
    protected async Task SayLeftAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (InnermostActive(innerDc) is ({ } dialog, { } instance) && dialog is ILeavablePrompt prompt && prompt.LeftNotice(instance) is { } notice)
            await innerDc.Context.SendActivityAsync(notice, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The innermost active dialog and its instance: a prompt, a waterfall without a child, ….</summary>
    protected (Dialog? Dialog, DialogInstance? Instance) InnermostActive(DialogContext innerDc)
    {
        var set = Dialogs;
        var stack = innerDc.Stack;
        while (stack.Count > 0)
        {
            var instance = stack[0];
            var dialog = set.Find(instance.Id);
            if (dialog is ComponentDialog component && instance.Dialogs is { } inner)
            {
                set = component.Dialogs;
                stack = inner.DialogStack;
                continue;
            }
            return (dialog, instance);
        }
        return (null, null);
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
