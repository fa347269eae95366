using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>A dialog made of dialogs, with its own inner stack kept in its instance.</summary>
public class ComponentDialog(string id) : Dialog(id)
{
    public DialogSet Dialogs { get; } = new();

    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        var turn = await OnBeginDialogAsync(inner, options, cancellationToken).ConfigureAwait(false);
        return await EndIfInnerDoneAsync(dc, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        var turn = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await EndIfInnerDoneAsync(dc, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        // A dialog this component started on the outer stack ended: ask the inner active dialog again.
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        CreateInnerContext(new DialogContext(Dialogs, turnContext, new DialogState()), instance).RepromptDialogAsync(cancellationToken);

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var inner = CreateInnerContext(new DialogContext(Dialogs, turnContext, new DialogState()), instance);
            await inner.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Ends this component with the inner result; override to map results.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private Task<DialogTurnResult> EndIfInnerDoneAsync(DialogContext dc, DialogTurnResult turn, CancellationToken ct) => turn.Status switch
    {
        DialogTurnStatus.Waiting => Task.FromResult(turn),
        DialogTurnStatus.Cancelled => CancelSelfAsync(dc, ct),
        _ => EndComponentAsync(dc, turn.Result, ct),
    };

    private static async Task<DialogTurnResult> CancelSelfAsync(DialogContext dc, CancellationToken ct)
    {
        // An interruption may already have emptied the outer stack; otherwise the parent resumes with no result.
        if (dc.Stack.Count == 0) return new DialogTurnResult(DialogTurnStatus.Cancelled);
        var resumed = await dc.EndDialogAsync(null, ct).ConfigureAwait(false);
        return resumed.Status == DialogTurnStatus.Complete && dc.Stack.Count == 0 ? new DialogTurnResult(DialogTurnStatus.Cancelled) : resumed;
    }

    private DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance)
    {
        instance.Dialogs ??= new DialogState();
        return new DialogContext(Dialogs, outer.Context, instance.Dialogs, outer);
    }
}
