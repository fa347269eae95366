using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The default analyzer: everything runs in-process (PIPL: nothing leaves the deployment). Urgency comes from the
/// danger lexicon (<see cref="UrgencyDetector"/>); the classifier's emergency probability alone makes the bot ask once.
/// </summary>
internal sealed class LocalTextAnalyzer(IOptions<TextAnalysisOptions> options, PiiRedactor redactor, ILogger<LocalTextAnalyzer> logger)
    : ITextAnalyzer
{
    /// <summary>Confidence reported when the lexicon, not the classifier, found the danger.</summary>
    public const double LexiconConfidence = 0.9;

    /// <summary>
    /// Only the head of a longer text is analysed (a 300,000-character message once took 7 s): urgency words sit early,
    /// longer texts are refused as requests anyway, and the cost per turn stays flat.
    /// </summary>
    public const int MaxAnalyzedLength = ITextAnalyzer.MaxAnalyzedLength;

    private readonly TextAnalysisOptions _options = options.Value;

    // Resolved once: a relative directory made Path.GetFullPath ask the kernel for the working directory on every message.
    private readonly string _modelDirectory = Path.GetFullPath(options.Value.ModelDirectory);

    public IntentClassifier Classifier => IntentModelStore.Get(IntentCorpus.Embedded, _modelDirectory, logger);

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
        // The lexicon decides. The classifier's emergency probability alone raises nothing: on the adversarial set it
        // gave 0.5–0.99 to a quarter of the ordinary messages ("he wants to be a policeman", "she drew an ambulance"),
        // while every emergency there carried a danger word. Its guess only keeps the intent at "other", for a person.
        var assessment = UrgencyDetector.Assess(folded);
        var cannotCare = GuardianCareDetector.CannotCare(folded);
        // A guardian who cannot care is at least an urgent concern, whatever else the message says.
        if (cannotCare && assessment.Level == UrgencyLevel.None) assessment = new(UrgencyLevel.Concern, "care", Clear: true, assessment.Resolved);
        cannotCare |= assessment.Reason == "alone";
        var urgent = assessment.Level == UrgencyLevel.Emergency;

        string intent;
        double confidence;
        if (urgent)
        {
            intent = Intents.Emergency;
            confidence = Math.Max(score.EmergencyProbability, LexiconConfidence);
        }
        else
        {
            // An unsure emergency guess with no danger word goes to a person via "other" (or, for a concern, to the
            // teacher as a question) rather than raising the alarm.
            // "学校有紧急情况的话会通知我吗" asks the school how it works: a question for the teacher, whatever it resembles,
            // and as sure as the lexicon is (at another question it is a new request, never a wrong answer).
            var aboutEmergencies = assessment.Level == UrgencyLevel.None && UrgencyDetector.SpeaksOfEmergencies(folded);
            confidence = aboutEmergencies ? Math.Max(score.Probability, LexiconConfidence) : score.Probability;
            intent = aboutEmergencies ? Intents.AskTeacher
                : confidence >= _options.MinConfidence && score.Intent != Intents.Emergency ? score.Intent
                : assessment.Level == UrgencyLevel.Concern ? Intents.AskTeacher : Intents.Other;
        }

        var sentiment = SentimentLexicon.Classify(folded, urgent);
        return new TextAnalysis(intent, Math.Round(confidence, 4), urgent, assessment.Reason, language, sentiment, redacted)
        {
            Level = assessment.Level,
            ConfirmFirst = urgent && !assessment.Clear,
            GuardianCannotCare = cannotCare,
        };
    }
}
