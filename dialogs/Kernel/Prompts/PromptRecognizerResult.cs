namespace LeftBehind.Dialogs.Prompts;

/// <summary>A recogniser's answer; on failure <see cref="RetryKey"/> names the kernel string that explains what is expected.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default, string? RetryKey = null, object[]? RetryArgs = null)
{
    public static PromptRecognizerResult<T> Success(T value) => new(true, value);

    public static PromptRecognizerResult<T> Failure(string retryKey, params object[] args) => new(false, default, retryKey, args);
}
