using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>, by number, title, synonym, part of a title or tap; an ambiguous answer is asked about.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var found = ChoiceRecognizer.Candidates(TapOrText(turnContext.Activity), choices);
        return Task.FromResult(found.Count switch
        {
            1 => PromptRecognizerResult<FoundChoice>.Success(found[0]),
            // "小明" for 王小明 and 李小明: one short question naming the options, not "no such option".
            > 1 => PromptRecognizerResult<FoundChoice>.Question("RetryChoiceWhich", string.Join(KernelText.Get(turnContext, "ChoiceOr"), found.Select(f => f.Value))),
            _ => PromptRecognizerResult<FoundChoice>.Failure("RetryChoice"),
        });
    }

    protected override Activity? Decorate(ITurnContext turnContext, Activity? prompt, PromptOptions options) =>
        ChoiceRendering.Render(turnContext, prompt, options.Choices ?? [], options.Style);

    /// <summary>A postBack tap carries its value instead of text.</summary>
    private static string? TapOrText(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Text) ? activity.Text
        : activity.Value is { ValueKind: System.Text.Json.JsonValueKind.String } v ? v.GetString() : null;
}
