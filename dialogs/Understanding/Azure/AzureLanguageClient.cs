using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace LeftBehind.Dialogs.Understanding.Azure;

/// <summary>
/// A client of the Azure AI Language REST API: <c>POST {endpoint}/language/:analyze-text</c> (LanguageDetection,
/// SentimentAnalysis, PiiEntityRecognition) and <c>POST {endpoint}/language/:analyze-conversations</c> (CLU), on an
/// Azure.Core pipeline: our Retry-After-aware retry per call, the subscription key header and the network timeout
/// per try.
/// </summary>
internal sealed class AzureLanguageClient
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    private const string DocumentId = "1";

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _apiVersion;
    private readonly string? _cluProject;
    private readonly string? _cluDeployment;

    public AzureLanguageClient(TextAnalysisOptions options, TimeProvider time, HttpPipelineTransport? transport = null)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("TextAnalysis:Endpoint is not set");
        _endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/");
        _apiVersion = options.ApiVersion;
        _cluProject = options.CluProjectName;
        _cluDeployment = options.CluDeploymentName;
        var clientOptions = new AzureLanguageClientOptions();
        if (transport is not null) clientOptions.Transport = transport;
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(options.PerTryTimeoutMs);
        // Content and URLs of these requests are children's messages: keep them out of Azure.Core's own logs.
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        clientOptions.Diagnostics.IsTelemetryEnabled = false;
        _pipeline = HttpPipelineBuilder.Build(
            clientOptions,
            [new RetryAfterPolicy(options.MaxRetries, TimeSpan.FromMilliseconds(200), time)],
            [new SubscriptionKeyPolicy(options.Key ?? "")],
            new ResponseClassifier());
    }

    public async Task<AzureDocumentResult> DetectLanguageAsync(string text, CancellationToken cancellationToken)
    {
        var root = await AnalyzeTextAsync("LanguageDetection", new JsonObject { ["id"] = DocumentId, ["text"] = text }, new JsonObject(), cancellationToken).ConfigureAwait(false);
        return new AzureDocumentResult(LanguageIso: Document(root)?["detectedLanguage"]?["iso6391Name"]?.GetValue<string>());
    }

    public async Task<AzureDocumentResult> AnalyzeSentimentAsync(string text, string language, CancellationToken cancellationToken)
    {
        var root = await AnalyzeTextAsync("SentimentAnalysis", new JsonObject { ["id"] = DocumentId, ["language"] = language, ["text"] = text },
            new JsonObject { ["opinionMining"] = false }, cancellationToken).ConfigureAwait(false);
        return new AzureDocumentResult(Sentiment: Document(root)?["sentiment"]?.GetValue<string>());
    }

    public async Task<AzureDocumentResult> RecognizePiiAsync(string text, string language, CancellationToken cancellationToken)
    {
        var root = await AnalyzeTextAsync("PiiEntityRecognition", new JsonObject { ["id"] = DocumentId, ["language"] = language, ["text"] = text },
            new JsonObject { ["domain"] = "none", ["stringIndexType"] = "UnicodeCodePoint" }, cancellationToken).ConfigureAwait(false);
        return new AzureDocumentResult(RedactedText: Document(root)?["redactedText"]?.GetValue<string>());
    }

    public async Task<AzureConversationResult?> AnalyzeConversationAsync(string text, string language, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_cluProject) || string.IsNullOrWhiteSpace(_cluDeployment)) return null;
        var body = new JsonObject
        {
            ["kind"] = "Conversation",
            ["analysisInput"] = new JsonObject
            {
                ["conversationItem"] = new JsonObject { ["id"] = DocumentId, ["participantId"] = DocumentId, ["text"] = text, ["language"] = language },
            },
            ["parameters"] = new JsonObject
            {
                ["projectName"] = _cluProject,
                ["deploymentName"] = _cluDeployment,
                ["stringIndexType"] = "TextElement_V8",
            },
        };
        var root = await SendAsync("/language/:analyze-conversations", body, cancellationToken).ConfigureAwait(false);
        var prediction = root["result"]?["prediction"];
        var top = prediction?["topIntent"]?.GetValue<string>();
        if (top is null) return null;
        var confidence = prediction?["intents"]?.AsArray()
            .FirstOrDefault(i => i?["category"]?.GetValue<string>() == top)?["confidenceScore"]?.GetValue<double>() ?? 0;
        return new AzureConversationResult(top, confidence);
    }

    private Task<JsonNode> AnalyzeTextAsync(string kind, JsonObject document, JsonObject parameters, CancellationToken cancellationToken)
    {
        parameters["modelVersion"] = "latest";
        var body = new JsonObject
        {
            ["kind"] = kind,
            ["parameters"] = parameters,
            ["analysisInput"] = new JsonObject { ["documents"] = new JsonArray(document) },
        };
        return SendAsync("/language/:analyze-text", body, cancellationToken);
    }

    private static JsonNode? Document(JsonNode root)
    {
        var results = root["results"];
        if (results?["errors"] is JsonArray { Count: > 0 } errors)
            throw new RequestFailedException(200, "document error: " + errors[0]?["error"]?["code"]?.GetValue<string>());
        return results?["documents"]?.AsArray().FirstOrDefault(d => d?["id"]?.GetValue<string>() == DocumentId);
    }

    private async Task<JsonNode> SendAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath(path.TrimStart('/'), escape: false);
        request.Uri.AppendQuery("api-version", _apiVersion);
        request.Headers.Add("Content-Type", "application/json");
        request.Headers.Add("Accept", "application/json");
        request.Content = RequestContent.Create(BinaryData.FromString(body.ToJsonString()));
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError) throw new RequestFailedException(response);
        return JsonNode.Parse(response.Content.ToMemory().Span) ?? throw new JsonException("empty response");
    }
}
