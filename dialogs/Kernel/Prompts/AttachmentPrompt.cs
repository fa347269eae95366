using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>One or more attachments whose content type starts with <paramref name="contentTypePrefix"/> (photos by default).</summary>
internal sealed class AttachmentPrompt(string dialogId, PromptValidator<IReadOnlyList<Attachment>>? validator = null, string contentTypePrefix = "image/")
    : Prompt<IReadOnlyList<Attachment>>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<IReadOnlyList<Attachment>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var matching = (turnContext.Activity.Attachments ?? [])
            .Where(a => a.ContentType?.StartsWith(contentTypePrefix, StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        return Task.FromResult(matching.Count > 0
            ? PromptRecognizerResult<IReadOnlyList<Attachment>>.Success(matching)
            : PromptRecognizerResult<IReadOnlyList<Attachment>>.Failure("RetryAttachment"));
    }
}
