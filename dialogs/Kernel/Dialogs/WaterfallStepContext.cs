using System.Text.Json;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>
/// What a step sees: its typed <see cref="Values"/> (saved between steps), the begin options, and the result of
/// the previous step's prompt or child dialog.
/// </summary>
public sealed class WaterfallStepContext<TState>
    where TState : class
{
    private readonly WaterfallDialog<TState> _parent;
    private readonly object? _liveOptions;
    private bool _delegated;

    internal WaterfallStepContext(WaterfallDialog<TState> parent, DialogContext dc, TState values, object? liveOptions, int index, DialogReason reason, object? result)
    {
        _parent = parent;
        DialogContext = dc;
        Values = values;
        _liveOptions = liveOptions;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }
    public Kernel.ITurnContext Context => DialogContext.Context;

    /// <summary>The dialog's typed state; replace it (records with `with`) or mutate it, both are saved.</summary>
    public TState Values { get; set; }

    public int Index { get; }
    public DialogReason Reason { get; }

    /// <summary>The previous step's prompt or child dialog result (null when the user ran out of attempts).</summary>
    public object? Result { get; }

    public JsonElement? Options => DialogContext.ActiveDialog?.Options;

    /// <summary>The begin options as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>()
    {
        if (_liveOptions is T live) return live;
        return Options is { } json ? json.Deserialize<T>(BotJson.Options) : default;
    }

    /// <summary>Skips to the next step with a result, without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        Flush();
        return _parent.ResumeDialogAsync(DialogContext, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        Flush();
        return DialogContext.PromptAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Asks the question whose answer this step got once more, and the next answer comes back to this same step: the
    /// answer was one to a later question ("发烧了" at 「请哪天的假？」), which the step keeps in <see cref="Values"/>.
    /// Only a step after the first has a question to ask again.
    /// </summary>
    public Task<DialogTurnResult> AskAgainAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        if (Index == 0) throw new InvalidOperationException("The first step answers no question.");
        Flush();
        DialogContext.ActiveDialog!.StepIndex = Index - 1;
        return DialogContext.PromptAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Flush();
        return DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        Flush();
        return DialogContext.EndDialogAsync(result, cancellationToken);
    }

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Flush();
        return DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Saves Values once, before control leaves the step, so later steps never see older values.</summary>
    internal void Flush()
    {
        if (_delegated) return;
        _delegated = true;
        if (DialogContext.ActiveDialog is { } instance && instance.Id == _parent.Id)
            instance.State = JsonSerializer.SerializeToElement(Values, BotJson.Options);
    }
}
