using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace LeftBehind.Tests.Understanding;

/// <summary>
/// An in-process stand-in for the Azure AI Language endpoint that answers with the documented response shapes of
/// analyze-text (LanguageDetection, SentimentAnalysis, PiiEntityRecognition) and analyze-conversations, and records
/// every request with the (fake) time it arrived.
/// </summary>
internal sealed class FakeLanguageService(TimeProvider time) : HttpMessageHandler
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Decides the answer to a request before the documented success shape is used; null means success.</summary>
    public Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage?>>? Override { get; set; }

    public string Sentiment { get; set; } = "negative";

    public string LanguageIso { get; set; } = "zh_chs";

    public string CluTopIntent { get; set; } = "attendance";

    public double CluConfidence { get; set; } = 0.93;

    /// <summary>How many requests are waiting in <see cref="HangAsync"/> (a service that does not answer).</summary>
    public int Hanging => Volatile.Read(ref _hanging);

    /// <summary>Completes when a request starts hanging.</summary>
    public Task NextHang => Volatile.Read(ref _nextHang).Task;

    private int _hanging;
    private TaskCompletionSource _nextHang = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>For an <see cref="Override"/>: never answers; ends only when the caller gives up.</summary>
    public async Task HangAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _hanging);
        Interlocked.Exchange(ref _nextHang, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _hanging);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)),
            body, time.GetUtcNow());
        Requests.Enqueue(recorded);
        var sameKind = Requests.Count(r => r.Kind == recorded.Kind);
        if (Override is not null && await Override(recorded, sameKind, cancellationToken) is { } overridden) return overridden;
        return Json(Answer(recorded));
    }

    private JsonObject Answer(RecordedRequest request)
    {
        var document = request.Body?["analysisInput"]?["documents"]?[0];
        var text = document?["text"]?.GetValue<string>() ?? "";
        return request.Kind switch
        {
            "LanguageDetection" => TextResults("LanguageDetectionResults", new JsonObject
            {
                ["id"] = "1",
                ["detectedLanguage"] = new JsonObject { ["name"] = "Chinese_Simplified", ["iso6391Name"] = LanguageIso, ["confidenceScore"] = 1.0 },
                ["warnings"] = new JsonArray(),
            }),
            "SentimentAnalysis" => TextResults("SentimentAnalysisResults", new JsonObject
            {
                ["id"] = "1",
                ["sentiment"] = Sentiment,
                ["confidenceScores"] = new JsonObject { ["positive"] = 0.05, ["neutral"] = 0.1, ["negative"] = 0.85 },
                ["sentences"] = new JsonArray(),
                ["warnings"] = new JsonArray(),
            }),
            "PiiEntityRecognition" => TextResults("PiiEntityRecognitionResults", new JsonObject
            {
                ["redactedText"] = text.Replace("小明", "**", StringComparison.Ordinal),
                ["id"] = "1",
                ["entities"] = new JsonArray(new JsonObject
                {
                    ["text"] = "小明", ["category"] = "Person", ["offset"] = 0, ["length"] = 2, ["confidenceScore"] = 0.9,
                }),
                ["warnings"] = new JsonArray(),
            }),
            "Conversation" => new JsonObject
            {
                ["kind"] = "ConversationResult",
                ["result"] = new JsonObject
                {
                    ["query"] = request.Body?["analysisInput"]?["conversationItem"]?["text"]?.GetValue<string>(),
                    ["prediction"] = new JsonObject
                    {
                        ["topIntent"] = CluTopIntent,
                        ["projectKind"] = "Conversation",
                        ["intents"] = new JsonArray(
                            new JsonObject { ["category"] = CluTopIntent, ["confidenceScore"] = CluConfidence },
                            new JsonObject { ["category"] = "None", ["confidenceScore"] = 0.01 }),
                        ["entities"] = new JsonArray(),
                    },
                },
            },
            _ => throw new InvalidOperationException("unexpected request kind " + request.Kind),
        };
    }

    private static JsonObject TextResults(string kind, JsonObject document) => new()
    {
        ["kind"] = kind,
        ["results"] = new JsonObject
        {
            ["documents"] = new JsonArray(document),
            ["errors"] = new JsonArray(),
            ["modelVersion"] = "2023-04-01",
        },
    };

    public static HttpResponseMessage Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
