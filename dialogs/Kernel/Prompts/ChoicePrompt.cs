using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>, by number, title, synonym or tap.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var choices = options.Choices ?? [];
        var found = ChoiceRecognizer.Recognize(TapOrText(turnContext.Activity), choices);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failure("RetryChoice") : PromptRecognizerResult<FoundChoice>.Success(found));
    }

    protected override Activity? Decorate(ITurnContext turnContext, Activity? prompt, PromptOptions options) =>
        ChoiceRendering.Render(turnContext, prompt, options.Choices ?? [], options.Style);

    /// <summary>A postBack tap carries its value instead of text.</summary>
    private static string? TapOrText(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Text) ? activity.Text
        : activity.Value is { ValueKind: System.Text.Json.JsonValueKind.String } v ? v.GetString() : null;
}
