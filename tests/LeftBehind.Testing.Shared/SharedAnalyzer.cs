using LeftBehind.Dialogs.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Understanding;

/// <summary>One local analyzer for the whole test run: the model is trained once (a few seconds) and cached on disk.</summary>
internal static class SharedAnalyzer
{
    public static string ModelDirectory { get; } = Path.Combine(Path.GetTempPath(), "lb-test-models");

    private static readonly Lazy<LocalTextAnalyzer> Instance = new(() =>
    {
        var analyzer = Create(new TextAnalysisOptions { ModelDirectory = ModelDirectory });
        _ = analyzer.Classifier;
        return analyzer;
    });

    public static LocalTextAnalyzer Local => Instance.Value;

    public static LocalTextAnalyzer Create(TextAnalysisOptions options) =>
        new(Options.Create(options), new PiiRedactor(), NullLogger<LocalTextAnalyzer>.Instance);
}
