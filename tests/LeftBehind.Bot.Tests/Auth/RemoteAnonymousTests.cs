using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>With no app id, a caller that is not on loopback is refused unless BotHost:AllowUnauthenticatedRemote.</summary>
public sealed class RemoteAnonymousTests
{
    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext ctx, Func<Task> nextMiddleware) =>
            {
                ctx.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                return nextMiddleware();
            });
            next(app);
        };
    }

    private static HostFactory Remote(bool allow)
    {
        var host = new HostFactory { TestServices = s => s.AddSingleton<IStartupFilter, RemoteAddressFilter>() };
        if (allow) host.Settings["BotHost:AllowUnauthenticatedRemote"] = "true";
        return host;
    }

    private const string Body = """{"type":"message","id":"m1","channelId":"test","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b1"},"text":"hi","deliveryMode":"expectReplies"}""";

    [Fact]
    public async Task Unauthenticated_remote_caller_is_refused_by_default()
    {
        using var host = Remote(allow: false);
        var response = await ChannelFixture.PostAsync(host.CreateClient(), Body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task Unauthenticated_remote_caller_is_accepted_when_configured()
    {
        using var host = Remote(allow: true);
        var response = await ChannelFixture.PostAsync(host.CreateClient(), Body, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Bot.Turns);
    }
}
