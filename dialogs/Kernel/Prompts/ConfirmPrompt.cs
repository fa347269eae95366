using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>Yes or no (是/好/对/嗯/行/可以 … 不/不是/不用/不要 … yes/no), shown as two buttons or "1. 是 2. 否".</summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        var answer = ConfirmRecognizer.Recognize(text);
        if (answer is null && !string.IsNullOrWhiteSpace(text))
        {
            // A tap on the localised button sends its title.
            var t = text.Trim();
            if (t == KernelText.Get(turnContext, "Yes")) answer = true;
            else if (t == KernelText.Get(turnContext, "No")) answer = false;
        }
        return Task.FromResult(answer is { } b ? PromptRecognizerResult<bool>.Success(b) : PromptRecognizerResult<bool>.Failure("RetryConfirm"));
    }

    protected override Activity? Decorate(ITurnContext turnContext, Activity? prompt, PromptOptions options) =>
        ChoiceRendering.Render(turnContext, prompt, [new Choice(KernelText.Get(turnContext, "Yes")), new Choice(KernelText.Get(turnContext, "No"))], options.Style);
}
