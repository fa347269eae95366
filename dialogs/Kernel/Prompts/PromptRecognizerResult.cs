namespace LeftBehind.Dialogs.Prompts;

/// <summary>A recogniser's answer; on failure <see cref="RetryKey"/> names the kernel string that explains what is expected.</summary>
/// <see cref="IsQuestion"/>: the retry text is a question of its own ("您是说王小明还是王小红？"), sent without the prompt.
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? RetryKey = null, object[]? RetryArgs = null, bool IsQuestion = false)
{
    public static PromptRecognizerResult<T> Success(T value) => new(true, value);

    public static PromptRecognizerResult<T> Failure(string retryKey, params object[] args) => new(false, default, retryKey, args);

    public static PromptRecognizerResult<T> Question(string retryKey, params object[] args) => new(false, default, retryKey, args, true);
}
