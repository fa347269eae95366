using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>Any non-empty text up to <see cref="PromptOptions.MaxLength"/> characters.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    /// <summary>Free text is the user's own words (a question, a note): kept as written, never taken as a new request.</summary>
    protected override bool TakesNewRequests => false;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return Task.FromResult(PromptRecognizerResult<string>.Failure("RetryText"));
        if (text.Length > options.MaxLength) return Task.FromResult(PromptRecognizerResult<string>.Failure("RetryTextTooLong", options.MaxLength));
        return Task.FromResult(PromptRecognizerResult<string>.Success(text));
    }
}
