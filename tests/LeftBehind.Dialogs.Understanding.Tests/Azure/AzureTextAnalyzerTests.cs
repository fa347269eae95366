using System.Net;
using System.Text.Json.Nodes;
using Azure.Core.Pipeline;
using LeftBehind.Dialogs.Understanding;
using LeftBehind.Dialogs.Understanding.Azure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Understanding;

public sealed class AzureTextAnalyzerTests
{
    private const string Key = "test-key-not-a-secret";
    private readonly StepClock _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeLanguageService _service;

    public AzureTextAnalyzerTests() => _service = new FakeLanguageService(_time);

    [Fact]
    public async Task Requests_follow_the_documented_shape_carry_the_key_and_send_only_redacted_text()
    {
        var analyzer = Create(clu: true);

        var result = await RunAsync(analyzer.AnalyzeAsync("小明今天去学校没 电话13812345678", "zh-CN", CancellationToken.None));

        var requests = _service.Requests.ToList();
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal("language.example.test", r.Uri.Host);
            Assert.Equal("?api-version=2023-04-01", r.Uri.Query);
            Assert.Equal(Key, r.Headers["Ocp-Apim-Subscription-Key"]);
            Assert.DoesNotContain("13812345678", r.Body!.ToJsonString());
        });
        var text = requests.Where(r => r.Uri.AbsolutePath == "/language/:analyze-text").ToList();
        Assert.Equal(["LanguageDetection", "PiiEntityRecognition", "SentimentAnalysis"], text.Select(r => r.Kind).Order());
        Assert.All(text, r => Assert.Equal("1", r.Body!["analysisInput"]!["documents"]![0]!["id"]!.GetValue<string>()));
        var sentiment = text.Single(r => r.Kind == "SentimentAnalysis");
        Assert.Equal("zh-hans", sentiment.Body!["analysisInput"]!["documents"]![0]!["language"]!.GetValue<string>());
        var clu = requests.Single(r => r.Uri.AbsolutePath == "/language/:analyze-conversations");
        Assert.Equal("Conversation", clu.Kind);
        Assert.Equal("family-bot", clu.Body!["parameters"]!["projectName"]!.GetValue<string>());
        Assert.Equal("production", clu.Body!["parameters"]!["deploymentName"]!.GetValue<string>());
        Assert.Equal("小明今天去学校没 电话[PHONE]", clu.Body!["analysisInput"]!["conversationItem"]!["text"]!.GetValue<string>());

        Assert.Equal(Intents.Attendance, result.Intent);
        Assert.Equal(0.93, result.Confidence);
        Assert.Equal(TextLanguages.SimplifiedChinese, result.Language);
        Assert.Equal(Sentiments.Negative, result.Sentiment);
        Assert.Equal("**今天去学校没 电话[PHONE]", result.Redacted);
        Assert.False(result.Urgent);
    }

    [Fact]
    public async Task Throttled_request_is_retried_after_the_delay_the_service_asks_for()
    {
        _service.Sentiment = "positive";
        _service.Override = (request, nth, _) => Task.FromResult(request.Kind == "LanguageDetection" && nth == 1
            ? Throttled(seconds: 2)
            : null);
        var analyzer = Create(clu: false);

        var result = await RunAsync(analyzer.AnalyzeAsync("娃这周去学校没", null, CancellationToken.None));

        var detections = _service.Requests.Where(r => r.Kind == "LanguageDetection").OrderBy(r => r.At).ToList();
        Assert.Equal(2, detections.Count);
        Assert.True(detections[1].At - detections[0].At >= TimeSpan.FromSeconds(2), $"retried after {detections[1].At - detections[0].At}");
        Assert.Equal(Sentiments.Positive, result.Sentiment);
    }

    [Fact]
    public async Task Service_that_does_not_answer_in_time_leaves_the_answer_to_the_local_analyzer()
    {
        _service.Override = async (_, _, cancellationToken) =>
        {
            await _service.HangAsync(cancellationToken);
            return null;
        };
        var analyzer = Create(clu: true);

        var result = await RunAsync(analyzer.AnalyzeAsync("孙子在河边玩水一直没回来", null, CancellationToken.None));

        Assert.Equal(SharedAnalyzer.Local.Analyze("孙子在河边玩水一直没回来", null), result);
        Assert.True(result.Urgent);
    }

    [Fact]
    public async Task Persistent_server_errors_fall_back_to_the_local_answer_after_the_retries()
    {
        _service.Override = (_, _, _) => Task.FromResult<HttpResponseMessage?>(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var analyzer = Create(clu: false);

        var result = await RunAsync(analyzer.AnalyzeAsync("帮我写这个月的信", null, CancellationToken.None));

        Assert.Equal(SharedAnalyzer.Local.Analyze("帮我写这个月的信", null), result);
        Assert.Equal(3, _service.Requests.Count(r => r.Kind == "LanguageDetection"));
    }

    [Fact]
    public async Task Local_danger_lexicon_keeps_a_message_urgent_whatever_clu_says()
    {
        _service.CluTopIntent = Intents.Other;
        var analyzer = Create(clu: true);

        var result = await RunAsync(analyzer.AnalyzeAsync("娃掉进水库了", null, CancellationToken.None));

        Assert.True(result.Urgent);
        Assert.Equal(Intents.Emergency, result.Intent);
        Assert.Equal("water", result.UrgencyReason);
    }

    [Fact]
    public async Task Clu_emergency_raises_the_alarm_even_without_a_danger_word()
    {
        _service.CluTopIntent = Intents.Emergency;
        var analyzer = Create(clu: true);

        var result = await RunAsync(analyzer.AnalyzeAsync("老师你快去看看我家娃", null, CancellationToken.None));

        Assert.True(result.Urgent);
        Assert.Equal(Intents.Emergency, result.Intent);
    }

    [Theory]
    [InlineData("zh_cht", "zh-Hans", "zh-Hant")]
    [InlineData("en", "zh-Hans", "en")]
    [InlineData("fr", "zh-Hant", "zh-Hant")]
    [InlineData(null, "en", "en")]
    public void Service_languages_map_onto_script_tags(string? iso, string local, string expected)
    {
        Assert.Equal(expected, AzureTextAnalyzer.ScriptLanguage(iso, local));
    }

    private AzureTextAnalyzer Create(bool clu)
    {
        var options = new TextAnalysisOptions
        {
            Provider = TextAnalysisProvider.Azure,
            Endpoint = new Uri("https://language.example.test"),
            Key = Key,
            TimeoutMs = 10_000,
            PerTryTimeoutMs = 60_000,
            CluProjectName = clu ? "family-bot" : null,
            CluDeploymentName = clu ? "production" : null,
            ModelDirectory = SharedAnalyzer.ModelDirectory,
        };
        var client = new AzureLanguageClient(options, _time, new HttpClientTransport(new HttpClient(_service)));
        return new AzureTextAnalyzer(SharedAnalyzer.Local, client, Options.Create(options), _time, NullLogger<AzureTextAnalyzer>.Instance);
    }

    /// <summary>
    /// Runs the analysis on fake time: whenever a retry delay is armed the clock moves to exactly when it is due; the
    /// analysis budget (TimeoutMs) is reached only when the service hangs and nothing else is due. Each move waits on a
    /// signal (a timer armed, a request hanging, the analysis done), never on the wall clock.
    /// </summary>
    private async Task<T> RunAsync<T>(Task<T> task)
    {
        var budget = TimeSpan.FromMilliseconds(10_000);
        while (!task.IsCompleted)
        {
            // Taken before looking, so what happens while we look still wakes us.
            var armed = _time.NextArmed;
            var hang = _service.NextHang;
            var pending = _time.Pending();
            var delays = pending.Where(p => p.Delay != budget).Select(p => p.DueAt).ToList();
            if (delays.Count > 0)
            {
                _time.SetUtcNow(delays.Min());
                continue;
            }
            if (_service.Hanging > 0 && pending.Count > 0)
            {
                _time.SetUtcNow(pending.Min(p => p.DueAt));
                continue;
            }
            await Task.WhenAny(task, armed, hang);
        }
        return await task;
    }

    private static HttpResponseMessage Throttled(int seconds)
    {
        var response = FakeLanguageService.Json(new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = "429", ["message"] = "Rate limit is exceeded." },
        }, HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }
}
