namespace LeftBehind.Dialogs.Understanding;

/// <summary>The script tags <see cref="TextAnalysis.Language"/> takes.</summary>
public static class TextLanguages
{
    public const string SimplifiedChinese = "zh-Hans";
    public const string TraditionalChinese = "zh-Hant";
    public const string English = "en";
}
