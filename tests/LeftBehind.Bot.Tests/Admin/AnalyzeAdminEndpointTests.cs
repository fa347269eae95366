using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Understanding;

public sealed class AnalyzeAdminEndpointTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new();
    private readonly HttpClient _client;

    public AnalyzeAdminEndpointTests()
    {
        _factory.Settings["TextAnalysis:ModelDirectory"] = SharedAnalyzer.ModelDirectory;
        _factory.Settings["TextAnalysis:MaxTextLength"] = "200";
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Operator_sees_why_a_message_was_routed_as_an_emergency()
    {
        var response = await _client.PostAsJsonAsync("/admin/analyze", new { text = "孙子在河边玩水一直没回来，我电话13812345678" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("emergency", root.GetProperty("intent").GetString());
        Assert.True(root.GetProperty("urgent").GetBoolean());
        Assert.Equal("missing", root.GetProperty("reason").GetString());
        Assert.Equal("zh-Hans", root.GetProperty("language").GetString());
        Assert.Equal("negative", root.GetProperty("sentiment").GetString());
        Assert.Equal("孙子在河边玩水一直没回来，我电话[PHONE]", root.GetProperty("redacted").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public async Task Ordinary_message_gets_its_intent_and_no_reason()
    {
        var response = await _client.PostAsJsonAsync("/admin/analyze", new { text = "孩子今天有沒有去學校" });

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("attendance", body.RootElement.GetProperty("intent").GetString());
        Assert.False(body.RootElement.GetProperty("urgent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("reason").ValueKind);
        Assert.Equal("zh-Hant", body.RootElement.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("{\"text\": \"\"}", "must not be empty")]
    [InlineData("{\"text\": \"   \"}", "must not be empty")]
    [InlineData("{}", "is required")]
    [InlineData("{\"text\": 42}", "must be strings")]
    [InlineData("not json", "must be JSON")]
    [InlineData("[\"text\"]", "JSON object")]
    public async Task Bad_requests_get_400_with_a_clear_message(string json, string message)
    {
        var response = await _client.PostAsync("/admin/analyze", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversized_text_gets_400_naming_the_limit()
    {
        var response = await _client.PostAsJsonAsync("/admin/analyze", new { text = new string('娃', 201) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 200", await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
