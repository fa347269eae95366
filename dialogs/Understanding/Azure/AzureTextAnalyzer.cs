using System.Diagnostics;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>
/// Azure AI Language when configured. The local analyzer always runs first: it redacts before anything is sent (the
/// service only ever sees the redacted text), its danger lexicon decides urgency together with CLU, and its answer is
/// returned as it is when the service fails or exceeds <see cref="TextAnalysisOptions.TimeoutMs"/>, so a cloud outage
/// never blocks a turn.
/// </summary>
internal sealed partial class AzureTextAnalyzer(
    LocalTextAnalyzer local,
    AzureLanguageClient client,
    IOptions<TextAnalysisOptions> options,
    TimeProvider time,
    ILogger<AzureTextAnalyzer> logger) : ITextAnalyzer
{
    private readonly TextAnalysisOptions _options = options.Value;

    public async Task<TextAnalysis> AnalyzeAsync(string text, string? localeHint, CancellationToken cancellationToken)
    {
        var baseline = local.Analyze(text, localeHint);
        if (string.IsNullOrWhiteSpace(baseline.Redacted)) return baseline;

        using var budget = new CancellationTokenSource(TimeSpan.FromMilliseconds(_options.TimeoutMs), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await AnalyzeInCloudAsync(baseline, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(logger, "timeout", 0, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (RequestFailedException ex)
        {
            LogFallback(logger, "request-failed", ex.Status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or HttpRequestException or IOException)
        {
            LogFallback(logger, ex.GetType().Name, 0, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return baseline;
    }

    private async Task<TextAnalysis> AnalyzeInCloudAsync(TextAnalysis baseline, CancellationToken cancellationToken)
    {
        var serviceLanguage = ServiceLanguage(baseline.Language);
        var detect = client.DetectLanguageAsync(baseline.Redacted, cancellationToken);
        var sentiment = client.AnalyzeSentimentAsync(baseline.Redacted, serviceLanguage, cancellationToken);
        var pii = client.RecognizePiiAsync(baseline.Redacted, serviceLanguage, cancellationToken);
        var clu = client.AnalyzeConversationAsync(baseline.Redacted, serviceLanguage, cancellationToken);
        await Task.WhenAll(detect, sentiment, pii, clu).ConfigureAwait(false);

        var intent = baseline.Intent;
        var confidence = baseline.Confidence;
        var urgent = baseline.Urgent;
        var reason = baseline.UrgencyReason;
        if (clu.Result is { } conversation && Intents.IsKnown(conversation.TopIntent))
        {
            if (conversation.TopIntent == Intents.Emergency && conversation.Confidence >= _options.MinConfidence && !urgent)
            {
                urgent = true;
                reason = "clu";
            }
            if (!baseline.Urgent)
            {
                intent = conversation.Confidence >= _options.MinConfidence ? conversation.TopIntent : Intents.Other;
                confidence = conversation.Confidence;
            }
        }
        if (urgent) intent = Intents.Emergency;

        return baseline with
        {
            Intent = intent,
            Confidence = Math.Round(confidence, 4),
            Urgent = urgent,
            UrgencyReason = reason,
            // The cloud's guess alone only makes the bot ask once, as the local classifier's does.
            Level = urgent ? UrgencyLevel.Emergency : baseline.Level,
            ConfirmFirst = urgent && (baseline.ConfirmFirst || !baseline.Urgent),
            Language = ScriptLanguage(detect.Result.LanguageIso, baseline.Language),
            Sentiment = sentiment.Result.Sentiment is { } s && IsSentiment(s) ? s : baseline.Sentiment,
            Redacted = pii.Result.RedactedText ?? baseline.Redacted,
        };
    }

    /// <summary>The language code the service expects for our script tag.</summary>
    internal static string ServiceLanguage(string script) => script switch
    {
        TextLanguages.SimplifiedChinese => "zh-hans",
        TextLanguages.TraditionalChinese => "zh-hant",
        _ => "en",
    };

    /// <summary>Maps the service's detected language onto our script tags; anything else keeps the local answer.</summary>
    internal static string ScriptLanguage(string? iso, string fallback) => iso?.ToLowerInvariant() switch
    {
        "zh_chs" or "zh-hans" or "zh-cn" => TextLanguages.SimplifiedChinese,
        "zh_cht" or "zh-hant" or "zh-tw" or "zh-hk" => TextLanguages.TraditionalChinese,
        "zh" => fallback is TextLanguages.TraditionalChinese ? fallback : TextLanguages.SimplifiedChinese,
        "en" => TextLanguages.English,
        _ => fallback,
    };

    private static bool IsSentiment(string s) => s is Sentiments.Positive or Sentiments.Negative or Sentiments.Neutral or Sentiments.Mixed;

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning,
        Message = "Azure text analysis failed ({Reason}, status {Status}) after {ElapsedMs} ms; the local analyzer answered")]
    private static partial void LogFallback(ILogger logger, string reason, int status, long elapsedMs);
}
