using LeftBehind.Bot.Connector;
using LeftBehind.Bot.Hosting;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Tests.Bot;

/// <summary>The Bot Connector client inside the running service, against the fake channel's connector sink.</summary>
public sealed class ConnectorClientTests(ChannelFixture fx) : IClassFixture<ChannelFixture>
{
    private Activity Reply(string text, string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "test",
        ServiceUrl = serviceUrl ?? fx.Channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = "conv-9" },
        From = new ChannelAccount { Id = "bot-1" },
        Recipient = new ChannelAccount { Id = "user-1" },
    };

    private async Task<ConnectorClient> TrustedClientAsync()
    {
        var services = fx.Host.Services;
        await services.GetRequiredService<ServiceUrlTrust>().TrustAsync(fx.Channel.ServiceUrl, CancellationToken.None);
        return services.GetRequiredService<ConnectorClient>();
    }

    [Fact]
    public async Task Retries_after_429_honouring_retry_after_then_succeeds()
    {
        var client = await TrustedClientAsync();
        var before = fx.Channel.Requests.Count(r => r.Body.GetProperty("text").GetString() == "retry-429");
        fx.Channel.Script(429, "1");
        var started = TimeProvider.System.GetTimestamp();
        var response = await client.SendAsync(Reply("retry-429"), CancellationToken.None);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        Assert.StartsWith("sent-", response.Id);
        Assert.Equal(before + 2, fx.Channel.Requests.Count(r => r.Body.GetProperty("text").GetString() == "retry-429"));
        Assert.True(elapsed >= TimeSpan.FromSeconds(0.9), $"waited only {elapsed}");
    }

    [Fact]
    public async Task Retries_a_503_then_succeeds()
    {
        var client = await TrustedClientAsync();
        fx.Channel.Script(503, "0");
        var response = await client.SendAsync(Reply("retry-503"), CancellationToken.None);
        Assert.StartsWith("sent-", response.Id);
        Assert.Equal(2, fx.Channel.Requests.Count(r => r.Body.GetProperty("text").GetString() == "retry-503"));
    }

    [Fact]
    public async Task Does_not_retry_a_400()
    {
        var client = await TrustedClientAsync();
        fx.Channel.Script(400);
        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Reply("no-retry-400"), CancellationToken.None));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(1, fx.Channel.Requests.Count(r => r.Body.GetProperty("text").GetString() == "no-retry-400"));
    }

    [Fact]
    public async Task Untrusted_service_url_gets_no_token_and_no_request()
    {
        var client = fx.Host.Services.GetRequiredService<ConnectorClient>();
        var tokensBefore = fx.Tokens.Requests;
        var untrusted = fx.Channel.ServiceUrl.Replace("127.0.0.1", "localhost");
        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Reply("untrusted", untrusted), CancellationToken.None));
        Assert.Equal(tokensBefore, fx.Tokens.Requests);
        Assert.DoesNotContain(fx.Channel.Requests, r => r.Body.GetProperty("text").GetString() == "untrusted");
    }

    [Fact]
    public async Task Proactive_send_through_BotAdapter_raises_when_delivery_fails_so_the_outbox_retries()
    {
        var adapter = fx.Host.Services.GetRequiredService<LeftBehind.Dialogs.Kernel.BotAdapter>();
        await TrustedClientAsync();
        fx.Channel.Script(403);
        var reference = new ConversationReference
        {
            ChannelId = "test",
            ServiceUrl = fx.Channel.ServiceUrl,
            Conversation = new ConversationAccount { Id = "conv-proactive" },
            User = new ChannelAccount { Id = "user-1" },
            Bot = new ChannelAccount { Id = "bot-1" },
        };
        await Assert.ThrowsAsync<ConnectorException>(() => adapter.ContinueConversationAsync(reference, (ctx, ct) => ctx.SendActivityAsync("reminder", ct), CancellationToken.None));
        await adapter.ContinueConversationAsync(reference, (ctx, ct) => ctx.SendActivityAsync("reminder-2", ct), CancellationToken.None);
        var sent = fx.Channel.Requests.Last();
        Assert.Equal("/connector/v3/conversations/conv-proactive/activities", sent.Path);
        Assert.Equal("reminder-2", sent.Body.GetProperty("text").GetString());
    }
}
