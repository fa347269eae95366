using System.Net;
using System.Text;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Bot;

/// <summary>/api/messages in dev mode (no app id, loopback): status codes, expectReplies, invoke, the 15-second rule.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    // Unauthenticated channel traffic exists only in Development.
    private readonly HostFactory _host = new() { EnvironmentName = "Development" };

    public void Dispose() => _host.Dispose();

    private const string Minimal = """{"type":"message","id":"m1","channelId":"test","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b1"},"text":"hi","deliveryMode":"expectReplies"}""";

    [Fact]
    public async Task ExpectReplies_returns_the_bots_replies_in_the_body_and_calls_no_connector()
    {
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = ChannelFixture.Json(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.GetProperty("activities").EnumerateArray());
        Assert.Equal("echo: hi", reply.GetProperty("text").GetString());
        Assert.Equal("m1", reply.GetProperty("replyToId").GetString());
        Assert.Equal("c1", reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Null(Assert.Single(_host.Bot.Turns).CallerId);
    }

    [Fact]
    public async Task Invoke_without_a_response_answers_501()
    {
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal.Replace("\"message\"", "\"invoke\"").Replace("\"text\":\"hi\"", "\"name\":\"unknown/thing\""), null);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_host.Bot.Turns);
    }

    [Fact]
    public async Task Invoke_response_becomes_the_http_status_and_body()
    {
        _host.Bot.OnTurn = (ctx, ct) => ctx.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToElement(new InvokeResponse(200, new { statusCode = 200, value = "ok" })),
        }, ct);
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal.Replace("\"message\"", "\"invoke\"").Replace("\"text\":\"hi\"", "\"name\":\"adaptiveCard/action\""), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", ChannelFixture.Json(await response.Content.ReadAsStringAsync()).GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"id":"x","channelId":"test","conversation":{"id":"c"}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","channelId":"test"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":42}}""", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    public async Task Malformed_or_incomplete_activities_get_400_and_no_turn(string body, HttpStatusCode expected)
    {
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), body, null);
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_host.Bot.Turns);
    }

    [Fact]
    public async Task Deeply_nested_json_gets_400_and_no_turn()
    {
        var deep = new StringBuilder("""{"type":"message","channelId":"test","conversation":{"id":"c"},"channelData":""");
        for (var i = 0; i < 200; i++) deep.Append("{\"a\":");
        deep.Append('1').Append('}', 200).Append('}');
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), deep.ToString(), null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Bot.Turns);
    }

    [Fact]
    public async Task Oversized_body_gets_413_and_no_turn()
    {
        var big = Minimal.Replace("\"hi\"", "\"" + new string('x', 2 * 1024 * 1024) + "\"");
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), big, null);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Bot.Turns);
    }

    [Fact]
    public async Task An_activity_longer_than_one_read_buffer_arrives_whole()
    {
        // About 840 KB of UTF-8: Kestrel hands the body over in many buffer segments, and every character must reach the bot.
        var text = string.Concat(Enumerable.Range(0, 30_000).Select(i => (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture) + "一二三四五六七八九"));
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal.Replace("\"hi\"", "\"" + text + "\""), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, Assert.Single(_host.Bot.Turns).Text);
    }

    [Theory]
    [InlineData(" {\"type\":\"message\"}")]
    [InlineData("{}")]
    public async Task Content_after_the_activity_gets_400_and_no_turn(string trailing)
    {
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal + trailing, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Bot.Turns);
    }

    [Fact]
    public async Task Non_json_content_type_gets_415()
    {
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal, null, "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_host.Bot.Turns);
    }

    [Fact]
    public async Task Get_gets_405()
    {
        var response = await _host.CreateClient().GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Slow_turn_is_acknowledged_with_202_and_keeps_running()
    {
        _host.Settings["BotHost:AcknowledgeSeconds"] = "0.05";
        var release = new TaskCompletionSource();
        var finished = new TaskCompletionSource();
        _host.Bot.OnTurn = async (ctx, ct) =>
        {
            await release.Task;
            finished.SetResult();
        };
        var response = await ChannelFixture.PostAsync(_host.CreateClient(), Minimal.Replace("\"deliveryMode\":\"expectReplies\"", "\"deliveryMode\":\"normal\""), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        release.SetResult();
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Health_is_ready_when_storage_answers()
    {
        var response = await _host.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_expose_turn_counts()
    {
        var client = _host.CreateAdminClient();
        await ChannelFixture.PostAsync(client, Minimal, null);
        var text = await client.GetStringAsync("/metrics");
        Assert.Contains("lb_bot_turns", text);
    }
}
