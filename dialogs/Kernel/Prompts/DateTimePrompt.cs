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
        var zone = KernelTurnState.GetTimeZone(turnContext);
        var text = turnContext.Activity.Text;
        // "明天下午" was said before: "3点" completes it; an answer naming another day ("周六晚上8点") stands alone.
        var joined = options.DateTimeContext is { } said ? DateTimeRecognizer.Join(said, text, now, zone) : null;
        var both = joined is null ? null : DateTimeRecognizer.Recognize(joined, now, zone, options.DatePreference, answersWhen: true);
        var alone = DateTimeRecognizer.Recognize(text, now, zone, options.DatePreference, answersWhen: true);
        var found = both is { HasTime: true } || alone is null ? both : alone;
        if (found is not null) return Task.FromResult(PromptRecognizerResult<DateTimeResolution>.Success(found));
        // "周日8点": understood, but morning or evening is not guessed.
        return Task.FromResult(DateTimeRecognizer.IsMorningOrEvening(joined ?? text, now, zone)
            ? PromptRecognizerResult<DateTimeResolution>.Question("RetryDateTimeMorningOrEvening")
            : PromptRecognizerResult<DateTimeResolution>.Failure("RetryDateTime"));
    }
}
