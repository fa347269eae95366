using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>A date or time, resolved in the user's time zone at the turn's time (<see cref="KernelTurnState"/>).</summary>
public sealed class DateTimePrompt(string dialogId, PromptValidator<DateTimeResolution>? validator = null) : Prompt<DateTimeResolution>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<DateTimeResolution>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var now = KernelTurnState.GetTimeProvider(turnContext).GetUtcNow();
        var found = DateTimeRecognizer.Recognize(turnContext.Activity.Text, now, KernelTurnState.GetTimeZone(turnContext));
        return Task.FromResult(found is null ? PromptRecognizerResult<DateTimeResolution>.Failure("RetryDateTime") : PromptRecognizerResult<DateTimeResolution>.Success(found));
    }
}
