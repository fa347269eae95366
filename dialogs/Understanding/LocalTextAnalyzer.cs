using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The default analyzer: everything runs in-process (PIPL: nothing leaves the deployment). Urgency is the union of
/// the danger lexicon and the classifier's emergency probability, so either can raise the alarm on its own.
/// </summary>
internal sealed class LocalTextAnalyzer(IOptions<TextAnalysisOptions> options, PiiRedactor redactor, ILogger<LocalTextAnalyzer> logger)
    : ITextAnalyzer
{
    /// <summary>Emergency probability at which the classifier alone marks a message urgent (below the top-intent bar: recall first).</summary>
    public const float EmergencyThreshold = 0.5f;

    /// <summary>Confidence reported when the lexicon, not the classifier, found the danger.</summary>
    public const double LexiconConfidence = 0.9;

    /// <summary>
    /// Only the head of a longer text is analysed (a 300,000-character message once took 7 s): urgency words sit early,
    /// longer texts are refused as requests anyway, and the cost per turn stays flat.
    /// </summary>
    public const int MaxAnalyzedLength = ITextAnalyzer.MaxAnalyzedLength;

    private readonly TextAnalysisOptions _options = options.Value;

    public IntentClassifier Classifier =>
        IntentModelStore.Get(IntentCorpus.Embedded, Path.GetFullPath(_options.ModelDirectory), logger);

    public Task<TextAnalysis> AnalyzeAsync(string text, string? localeHint, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze(text, localeHint));
    }

    public TextAnalysis Analyze(string text, string? localeHint)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxAnalyzedLength) text = text[..MaxAnalyzedLength];
        var redacted = redactor.Redact(text);
        var language = ScriptDetector.Detect(text, localeHint);
        var folded = ChineseScript.Fold(redacted);
        if (string.IsNullOrWhiteSpace(folded))
            return new TextAnalysis(Intents.Other, 0, false, null, language, Sentiments.Neutral, redacted);

        var score = Classifier.Predict(folded);
        var danger = UrgencyDetector.Detect(folded);
        var urgent = danger is not null || score.EmergencyProbability >= EmergencyThreshold;

        string intent;
        double confidence;
        if (urgent)
        {
            intent = Intents.Emergency;
            confidence = danger is null ? score.EmergencyProbability : Math.Max(score.EmergencyProbability, LexiconConfidence);
        }
        else
        {
            // An unsure emergency guess with no danger word goes to a person via "other" rather than raising the alarm.
            confidence = score.Probability;
            intent = confidence >= _options.MinConfidence && score.Intent != Intents.Emergency ? score.Intent : Intents.Other;
        }

        var sentiment = SentimentLexicon.Classify(folded, urgent);
        return new TextAnalysis(intent, Math.Round(confidence, 4), urgent, danger ?? (urgent ? "classifier" : null), language, sentiment, redacted);
    }
}
