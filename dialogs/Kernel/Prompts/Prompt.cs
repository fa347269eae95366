using System.Text.Json;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>
/// Bot Builder's Prompt: ask, recognise each message, validate, re-ask with a clear hint, and give up after
/// <see cref="PromptOptions.MaxAttempts"/> answers (ending with a null result). Recognisers never throw on user input.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId), ILeavablePrompt
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State = JsonSerializer.SerializeToElement(new PromptState(0), BotJson.Options);
        await OnPromptAsync(dc.Context, promptOptions, null, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;
        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var attempts = (instance.State?.Deserialize<PromptState>(BotJson.Options)?.AttemptCount ?? 0) + 1;
        instance.State = JsonSerializer.SerializeToElement(new PromptState(attempts), BotJson.Options);

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
        // As in Bot Builder, a validator also sees unrecognised input (Recognized.Succeeded false): menus use that to
        // route free text instead of re-prompting.
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken).ConfigureAwait(false);
        if (valid) return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        // Not an answer but a clear new request ("给孩子写封信" at a yes/no question): taken, never re-asked. An answer
        // that matched several options is an answer, and is asked about instead. Words a validator refused (写记录 at
        // the attendance list) are no answer either, even where the prompt keeps free words as written.
        var refusedWords = recognized.Succeeded && validator is not null;
        if ((!recognized.Succeeded || refusedWords) && !recognized.IsQuestion && (TakesNewRequests || refusedWords)
            && await IsNewRequestAsync(dc, cancellationToken).ConfigureAwait(false))
            return await LeaveForNewRequestAsync(dc, options, cancellationToken).ConfigureAwait(false);

        if (attempts >= Math.Max(1, options.MaxAttempts))
        {
            // What waited is said too ("刚才的回答没有发出。"): "这一步先跳过" alone left a teacher unsure whether her answer went.
            var gaveUp = KernelText.Get(dc.Context, "TooManyAttempts");
            await dc.Context.SendActivityAsync(options.NewRequestNotice?.Text is { Length: > 0 } notice ? notice + "\n" + gaveUp : gaveUp, cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (!dc.Context.Responded) await OnPromptAsync(dc.Context, options, recognized, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        RepromptThenWaitAsync(dc, cancellationToken);

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, ReadOptions(instance), null, cancellationToken);

    /// <summary>
    /// True when an unrecognised answer may end this prompt as a new request (<see cref="INewRequestRecognizer"/>).
    /// Prompts whose answer is the user's own words (text, a letter) keep them as written and say false.
    /// </summary>
    protected virtual bool TakesNewRequests => true;

    /// <summary>Recognises the current message; must not throw on any user input.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Sends the question; <paramref name="failed"/> is the failed recognition when re-asking.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, PromptRecognizerResult<T>? failed, CancellationToken cancellationToken)
    {
        var activity = failed is null ? Decorate(turnContext, options.Prompt, options) : RetryActivity(turnContext, options, failed);
        return activity is null ? Task.CompletedTask : turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Adds what this prompt shows beside the question (choices); the default adds nothing.</summary>
    protected virtual Activity? Decorate(ITurnContext turnContext, Activity? prompt, PromptOptions options) => prompt;

    private Activity? RetryActivity(ITurnContext turnContext, PromptOptions options, PromptRecognizerResult<T> failed)
    {
        if (failed.IsQuestion && failed.RetryKey is not null)
        {
            return Decorate(turnContext, (options.Prompt ?? MessageFactory.Text(string.Empty)) with { Text = KernelText.Get(turnContext, failed.RetryKey, failed.RetryArgs ?? []) }, options);
        }
        if (options.RetryPrompt is { } retry) return Decorate(turnContext, retry, options);
        if (failed.RetryKey is null) return Decorate(turnContext, options.Prompt, options);
        var hint = KernelText.Get(turnContext, failed.RetryKey, failed.RetryArgs ?? []);
        var prompt = options.Prompt ?? MessageFactory.Text(string.Empty);
        var text = string.IsNullOrEmpty(prompt.Text) ? hint : hint + "\n" + prompt.Text;
        return Decorate(turnContext, prompt with { Text = text }, options);
    }

    private static async Task<bool> IsNewRequestAsync(DialogContext dc, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(dc.Context.Activity.Text) && KernelTurnState.GetNewRequestRecognizer(dc.Context) is { } recognizer
        && await recognizer.IsNewRequestAsync(dc, ct).ConfigureAwait(false);

    /// <summary>
    /// Says what became of what waited, ends every dialog and has the root dialog start again on this message, as the
    /// menu key does (<see cref="DialogExtensions.RestartRootKey"/>).
    /// </summary>
    private static async Task<DialogTurnResult> LeaveForNewRequestAsync(DialogContext dc, PromptOptions options, CancellationToken ct)
    {
        if (options.NewRequestNotice is { } notice) await dc.Context.SendActivityAsync(notice, ct).ConfigureAwait(false);
        return await dc.RestartRootWithThisMessageAsync(ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RepromptThenWaitAsync(DialogContext dc, CancellationToken ct)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, ct).ConfigureAwait(false);
        return EndOfTurn;
    }

    public Activity? LeftNotice(DialogInstance instance) => ReadOptions(instance).NewRequestNotice;

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.Options?.Deserialize<PromptOptions>(BotJson.Options) ?? new PromptOptions();
}
