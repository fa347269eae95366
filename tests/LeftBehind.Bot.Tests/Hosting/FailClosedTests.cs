using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Archive.Data;
using LeftBehind.Bot.Connector;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>Issue #14, High (deployment) and Low: production fails closed; headers, metrics, proxies, file modes.</summary>
public sealed class FailClosedTests
{
    private static LeftBehindFactory Production(bool configured)
    {
        var f = new LeftBehindFactory { EnvironmentName = "Production" };
        if (!configured)
        {
            f.Settings["Admin:ApiKey"] = "";
            f.Settings["DirectLine:Secret"] = "";
            f.Settings["BotHost:DisableChannelEndpoint"] = "false";
        }
        return f;
    }

    [Fact]
    public void Production_refuses_to_start_without_the_admin_key_the_direct_line_secret_and_an_app_id()
    {
        using var factory = Production(configured: false);
        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var message = ex.ToString();
        Assert.Contains("Admin:ApiKey", message);
        Assert.Contains("DirectLine:Secret", message);
        Assert.Contains("MicrosoftAppId", message);
    }

    [Fact]
    public async Task Production_with_the_channel_endpoint_switched_off_serves_no_api_messages()
    {
        using var factory = Production(configured: true);
        var response = await ChannelFixture.PostAsync(factory.CreateClient(),
            """{"type":"message","channelId":"test","conversation":{"id":"c1"},"from":{"id":"u1"},"text":"hi","serviceUrl":"https://attacker.invalid/"}""", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_seeds_and_lists_no_demo_data_even_when_asked()
    {
        using var factory = Production(configured: true);
        factory.Settings["Storage:SeedDemoData"] = "true";
        var config = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/webchat/config");
        Assert.Equal(0, config.GetProperty("inviteCodes").GetArrayLength());
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Children.CountAsync());
        Assert.Equal(0, await db.Invites.CountAsync());
    }

    [Fact]
    public async Task Without_the_secret_nobody_gets_a_direct_line_token_not_even_from_loopback()
    {
        using var factory = new LeftBehindFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/v3/directline/conversations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/admin/jobs")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/webchat/config")]
    [InlineData("/healthz")]
    [InlineData("/admin/jobs")]
    [InlineData("/v3/directline/attachments/none")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var factory = new LeftBehindFactory();
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.True(csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || csp.StartsWith("sandbox", StringComparison.Ordinal), csp);
        if (path == "/") Assert.Contains("script-src 'self'", csp);
    }

    [Fact]
    public async Task Child_data_is_never_cached()
    {
        using var factory = new LeftBehindFactory();
        var admin = factory.CreateAdminClient();
        var export = await admin.GetAsync("/admin/children/1/export");
        Assert.Contains("no-store", export.Headers.CacheControl!.ToString());
        var dl = new DirectLineClient(factory.CreateClient());
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_x"}}""");
        var (activities, _) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities");
        Assert.Contains("no-store", activities.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Metrics_need_the_admin_key()
    {
        using var factory = new LeftBehindFactory();
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAdminClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task In_development_replies_go_only_to_loopback_or_configured_service_urls()
    {
        using var factory = new LeftBehindFactory { EnvironmentName = "Development" };
        _ = factory.CreateClient();
        var connector = factory.Services.GetRequiredService<ConnectorClient>();
        var reply = new Activity { Type = ActivityTypes.Message, Text = "出勤：5 天", ServiceUrl = "https://attacker.invalid/", Conversation = new ConversationAccount { Id = "c1" } };
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => connector.SendAsync(reply, CancellationToken.None));
        Assert.Contains("not on loopback", ex.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_database_file_is_readable_by_the_service_user_only()
    {
        using var factory = new LeftBehindFactory();
        var folder = Path.Combine(factory.DataDirectory, "private");
        factory.Settings["ConnectionStrings:LeftBehind"] = $"Data Source={Path.Combine(folder, "leftbehind.db")}";
        _ = factory.CreateClient();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "leftbehind.db")));
    }

    private sealed class RemoteAddress(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext ctx, Func<Task> n) =>
            {
                ctx.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return n();
            });
            next(app);
        };
    }

    private static async Task<List<HttpStatusCode>> TokensAsync(HttpClient client, int count, bool rotateForwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
            if (rotateForwardedFor) request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task Token_minting_is_limited_per_address_and_forwarded_headers_from_strangers_do_not_escape_it()
    {
        using var host = new HostFactory { TestServices = s => s.AddSingleton<IStartupFilter>(new RemoteAddress("203.0.113.7")) };
        host.Settings["RateLimits:TokensPerAddress"] = "3";
        var statuses = await TokensAsync(host.CreateClient(), 5, rotateForwardedFor: true);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_client_address_has_its_own_limit_and_all_share_the_global_one()
    {
        using var host = new HostFactory { TestServices = s => s.AddSingleton<IStartupFilter>(new RemoteAddress("10.0.0.5")) };
        host.Settings["BotHost:KnownProxies:0"] = "10.0.0.5";
        host.Settings["RateLimits:TokensPerAddress"] = "1";
        host.Settings["RateLimits:TokensGlobal"] = "4";
        var statuses = await TokensAsync(host.CreateClient(), 6, rotateForwardedFor: true);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_rejected_request_says_when_to_come_back()
    {
        using var host = new HostFactory();
        host.Settings["RateLimits:ConversationsPerAddress"] = "1";
        var client = host.CreateClient();
        var dl = new DirectLineClient(client);
        await dl.StartAsync();
        var again = new DirectLineClient(client);
        var (response, body) = await again.SendAsync(HttpMethod.Post, "/conversations", "{}");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("TooManyRequests", body.GetProperty("error").GetProperty("code").GetString());
    }
}
