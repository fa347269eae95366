using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Dialogs;

public static class DialogExtensions
{
    /// <summary>TurnState flag an interruption sets to start the root dialog again in the same turn (main menu).</summary>
    public const string RestartRootKey = "LeftBehind.Kernel.RestartRoot";

    /// <summary>
    /// Ends every dialog of the conversation and has the root dialog start again on this very message (a new request
    /// where an answer was expected, as the menu key does).
    /// </summary>
    public static async Task<DialogTurnResult> RestartRootWithThisMessageAsync(this DialogContext dc, CancellationToken cancellationToken = default)
    {
        dc.Context.TurnState[RestartRootKey] = true;
        var root = dc;
        while (root.Parent is not null) root = root.Parent;
        await root.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Continues the stack stored in <paramref name="accessor"/>, or begins <paramref name="dialog"/> when it is empty.</summary>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default) =>
        RunAsync(dialog, turnContext, accessor, null, cancellationToken);

    /// <summary>As RunAsync, beginning the dialog with <paramref name="beginOptions"/> when the stack is empty.</summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, object? beginOptions, CancellationToken cancellationToken = default)
    {
        var set = new DialogSet(accessor).Add(dialog);
        var dc = await set.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Cancelled && turnContext.TurnState.Remove(RestartRootKey))
        {
            dc.Stack.Clear();
            result = new DialogTurnResult(DialogTurnStatus.Empty);
        }
        if (result.Status == DialogTurnStatus.Empty) result = await dc.BeginDialogAsync(dialog.Id, beginOptions, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState[nameof(DialogTurnResult)] = result;
        return result;
    }
}
