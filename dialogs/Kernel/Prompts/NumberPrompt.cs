using System.Globalization;
using System.Numerics;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>A number in Arabic, full-width or Chinese numerals (三, 十二, 两, 二十五), within the options' range and <typeparamref name="T"/>'s.</summary>
internal sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>, IMinMaxValue<T>
{
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(turnContext.Activity.Text, options));

    internal static PromptRecognizerResult<T> Recognize(string? text, PromptOptions options)
    {
        if (!NumberRecognizer.TryRecognize(text, out var number)) return PromptRecognizerResult<T>.Failure("RetryNumber");
        var min = options.MinValue ?? ToDecimalOrNull(T.MinValue) ?? decimal.MinValue;
        var max = options.MaxValue ?? ToDecimalOrNull(T.MaxValue) ?? decimal.MaxValue;
        if (number < min || number > max) return PromptRecognizerResult<T>.Failure("RetryNumberRange", Show(min), Show(max));
        if (IsInteger() && number != decimal.Truncate(number)) return PromptRecognizerResult<T>.Failure("RetryNumber");
        return PromptRecognizerResult<T>.Success(T.CreateChecked(number));
    }

    private static bool IsInteger() => T.IsInteger(T.One);

    private static decimal? ToDecimalOrNull(T value)
    {
        try
        {
            return decimal.CreateChecked(value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string Show(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
