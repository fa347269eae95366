using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>A dialog stack in the current turn, with the operations that move it.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;
    public ITurnContext Context { get; } = context;
    public DialogContext? Parent { get; } = parent;
    public List<DialogInstance> Stack { get; } = state.DialogStack;
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog here or in an enclosing component's set.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}'.");
        Stack.Insert(0, new DialogInstance { Id = dialogId, Options = Dialog.ToJson(options) });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance) return new DialogTurnResult(DialogTurnStatus.Empty);
        var dialog = FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stack names '{instance.Id}', which is not registered.");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parentInstance)
        {
            var dialog = FindDialog(parentInstance.Id) ?? throw new InvalidOperationException($"The stack names '{parentInstance.Id}', which is not registered.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Empties this stack (ending each dialog with CancelCalled).</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0) return new DialogTurnResult(DialogTurnStatus.Empty);
        while (Stack.Count > 0) await EndActiveAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question (after help, for instance).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance) return;
        if (FindDialog(instance.Id) is { } dialog) await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
    }

    private async Task EndActiveAsync(DialogReason reason, CancellationToken ct)
    {
        if (ActiveDialog is not { } instance) return;
        if (FindDialog(instance.Id) is { } dialog) await dialog.EndDialogAsync(Context, instance, reason, ct).ConfigureAwait(false);
        Stack.RemoveAt(0);
    }
}
