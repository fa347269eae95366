using System.Net;
using Microsoft.IdentityModel.Tokens;

namespace LeftBehind.Tests.Bot;

/// <summary>The auth matrix of /api/messages with an app id set: every refusal is 401 and the bot never runs.</summary>
public sealed class ChannelAuthenticationTests(ChannelFixture fx) : IClassFixture<ChannelFixture>
{
    private async Task AssertRefusedAsync(string? token, string? body = null)
    {
        var client = fx.Host.CreateClient();
        var before = fx.Host.Bot.Turns.Count;
        var sinkBefore = fx.Channel.Requests.Count;
        var response = await ChannelFixture.PostAsync(client, body ?? ChannelFixture.Message(fx.Channel.ServiceUrl), token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, fx.Host.Bot.Turns.Count);
        Assert.Equal(sinkBefore, fx.Channel.Requests.Count);
    }

    [Fact]
    public async Task Valid_channel_token_runs_the_turn_with_azure_caller_id_and_replies_through_the_connector_with_a_bot_token()
    {
        var client = fx.Host.CreateClient();
        var response = await ChannelFixture.PostAsync(client, ChannelFixture.Message(fx.Channel.ServiceUrl, "valid"), fx.Channel.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(fx.Host.Bot.Turns, a => a.Text == "valid");
        Assert.Equal("urn:botframework:azure", turn.CallerId);
        // A slow turn may send a typing indicator first (ShowTypingMiddleware); the reply is the message activity.
        while (!fx.Channel.Requests.Any(IsMessage))
            Assert.True(await fx.Channel.RequestArrived.WaitAsync(TimeSpan.FromSeconds(10)));
        var sent = fx.Channel.Requests.Last(IsMessage);
        Assert.Equal("/connector/v3/conversations/conv-1/activities/act-1", sent.Path);
        Assert.Equal("Bearer bot-token", sent.Authorization);
        Assert.Equal("echo: valid", sent.Body.GetProperty("text").GetString());
        Assert.Equal("act-1", sent.Body.GetProperty("replyToId").GetString());
        Assert.Equal("bot-1", sent.Body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user-1", sent.Body.GetProperty("recipient").GetProperty("id").GetString());
    }

    private static bool IsMessage(FakeChannel.Received r) =>
        r.Body.ValueKind == System.Text.Json.JsonValueKind.Object && r.Body.TryGetProperty("type", out var t) && t.GetString() == "message";

    [Fact]
    public Task Missing_header_is_refused() => AssertRefusedAsync(null);

    [Fact]
    public Task Expired_token_is_refused() => AssertRefusedAsync(fx.Channel.Token(d =>
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        d.IssuedAt = now.AddHours(-2);
        d.NotBefore = now.AddHours(-2);
        d.Expires = now.AddMinutes(-6);
    }));

    [Fact]
    public Task Wrong_audience_is_refused() => AssertRefusedAsync(fx.Channel.Token(d => d.Audience = "someone-else"));

    [Fact]
    public Task Wrong_issuer_is_refused() => AssertRefusedAsync(fx.Channel.Token(d => d.Issuer = "https://evil.example"));

    [Fact]
    public Task Unsigned_token_is_refused()
    {
        var signed = fx.Channel.Token();
        var parts = signed.Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"channel-key\"}");
        return AssertRefusedAsync(header + "." + parts[1] + ".");
    }

    [Fact]
    public Task Tampered_signature_is_refused()
    {
        var parts = fx.Channel.Token().Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(FakeChannel.AppId, FakeChannel.AppId.Replace('1', '9'), StringComparison.Ordinal);
        return AssertRefusedAsync(parts[0] + "." + Base64UrlEncoder.Encode(payload) + "." + parts[2]);
    }

    [Fact]
    public Task Token_signed_by_an_unknown_key_is_refused() => AssertRefusedAsync(fx.Channel.Token(key: fx.Channel.UnknownKey, kid: "unknown-key"));

    [Fact]
    public Task Key_not_endorsed_for_the_channel_is_refused() =>
        AssertRefusedAsync(fx.Channel.Token(key: fx.Channel.UnendorsedKey, kid: "other-key"));

    [Fact]
    public Task Endorsed_key_used_for_another_channel_is_refused() =>
        AssertRefusedAsync(fx.Channel.Token(), ChannelFixture.Message(fx.Channel.ServiceUrl, channelId: "slack"));

    [Fact]
    public Task ServiceUrl_claim_that_does_not_match_the_activity_is_refused() =>
        AssertRefusedAsync(fx.Channel.Token(serviceUrl: "https://elsewhere.example/"));

    [Fact]
    public async Task Caller_id_sent_on_the_wire_is_replaced_after_authentication()
    {
        var client = fx.Host.CreateClient();
        var body = ChannelFixture.Message(fx.Channel.ServiceUrl, "wire-caller", extra: ",\"callerId\":\"urn:botframework:aadappid:forged\"");
        var response = await ChannelFixture.PostAsync(client, body, fx.Channel.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(fx.Host.Bot.Turns, a => a.Text == "wire-caller").CallerId);
    }

    [Fact]
    public async Task Basic_scheme_is_refused()
    {
        var client = fx.Host.CreateClient();
        var before = fx.Host.Bot.Turns.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ChannelFixture.Message(fx.Channel.ServiceUrl), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + fx.Channel.Token());
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, fx.Host.Bot.Turns.Count);
    }
}
