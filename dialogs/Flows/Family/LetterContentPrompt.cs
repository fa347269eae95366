using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;

namespace LeftBehind.Dialogs.Family;

/// <summary>Typed text (up to <see cref="PromptOptions.MaxLength"/>) or a photo with a URL, or both.</summary>
internal sealed class LetterContentPrompt(string dialogId) : Prompt<LetterContent>(dialogId)
{
    /// <summary>A letter's lines are the parent's own words: kept as written, never taken as a new request.</summary>
    protected override bool TakesNewRequests => false;

    protected override Task<PromptRecognizerResult<LetterContent>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (text?.Length > options.MaxLength) return Task.FromResult(PromptRecognizerResult<LetterContent>.Failure("RetryTextTooLong", options.MaxLength));
        var photo = (turnContext.Activity.Attachments ?? [])
            .FirstOrDefault(a => a.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true && !string.IsNullOrWhiteSpace(a.ContentUrl));
        if (string.IsNullOrEmpty(text) && photo is null) return Task.FromResult(PromptRecognizerResult<LetterContent>.Failure("RetryText"));
        return Task.FromResult(PromptRecognizerResult<LetterContent>.Success(new LetterContent(string.IsNullOrEmpty(text) ? null : text, photo?.ContentUrl, photo?.ContentType)));
    }
}
