using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>
/// A date or time, also inside a sentence ("就明天下午吧"), resolved in the user's time zone at the turn's time
/// (<see cref="KernelTurnState"/>); a reading the recogniser is not sure of is asked again.
/// </summary>
public sealed class DateTimePrompt(string dialogId, PromptValidator<DateTimeResolution>? validator = null) : Prompt<DateTimeResolution>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<DateTimeResolution>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var now = KernelTurnState.GetTimeProvider(turnContext).GetUtcNow();
        var found = DateTimeRecognizer.Recognize(turnContext.Activity.Text, now, KernelTurnState.GetTimeZone(turnContext), options.DatePreference, answersWhen: true);
        if (found is not null) return Task.FromResult(PromptRecognizerResult<DateTimeResolution>.Success(found));
        // "周日8点": understood, but morning or evening is not guessed.
        return Task.FromResult(DateTimeRecognizer.IsMorningOrEvening(turnContext.Activity.Text, now, KernelTurnState.GetTimeZone(turnContext))
            ? PromptRecognizerResult<DateTimeResolution>.Question("RetryDateTimeMorningOrEvening")
            : PromptRecognizerResult<DateTimeResolution>.Failure("RetryDateTime"));
    }
}
