namespace LeftBehind.Dialogs.Understanding;

/// <summary>Understands one incoming message: intent, urgency, script, sentiment and a redacted copy.</summary>
public interface ITextAnalyzer
{
    /// <summary>How much of a message the local analyzer reads (<see cref="LocalTextAnalyzer.MaxAnalyzedLength"/>).</summary>
    const int MaxAnalyzedLength = 2000;

    /// <param name="text">The message as the user typed it.</param>
    /// <param name="localeHint">The user's known locale (zh-CN, zh-TW, en), used only when the text itself is ambiguous.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    Task<TextAnalysis> AnalyzeAsync(string text, string? localeHint, CancellationToken cancellationToken);
}
