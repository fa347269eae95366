using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Bot;

/// <summary>Issue #14, Low: streams end with their token, refresh chains end, tokens can be revoked.</summary>
public sealed class TokenLifetimeTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public TokenLifetimeTests()
    {
        _host = new HostFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        _host.Settings["DirectLine:TokenLifetimeSeconds"] = "600";
        _host.Settings["DirectLine:MaxTokenChainHours"] = "2";
    }

    public void Dispose() => _host.Dispose();

    private async Task<string> RefreshAsync(DirectLineClient dl, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (response, body) = await dl.SendAsync(HttpMethod.Post, "/tokens/refresh");
        Assert.Equal(expected, response.StatusCode);
        return response.IsSuccessStatusCode ? body.GetProperty("token").GetString()! : body.GetProperty("error").GetProperty("code").GetString()!;
    }

    [Fact]
    public async Task A_stream_ends_when_the_token_that_opened_it_expires()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_parent"}}""");
        var ws = _host.Server.CreateWebSocketClient();
        using var socket = await ws.ConnectAsync(new Uri($"ws://localhost/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(dl.Token!)}"), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(601));
        var buffer = new byte[4096];
        // Only a guard against a hang: the fake clock, not this, closes the stream.
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var closed = false;
        try
        {
            while (!closed)
            {
                var r = await socket.ReceiveAsync(buffer, cts.Token);
                closed = r.MessageType == WebSocketMessageType.Close;
            }
        }
        catch (WebSocketException)
        {
            closed = true;
        }
        Assert.True(closed);
        Assert.False(cts.IsCancellationRequested, "the stream stayed open past its token");
    }

    [Fact]
    public async Task Refreshing_cannot_keep_a_grant_alive_past_its_maximum_lifetime()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        await dl.StartAsync("""{"user":{"id":"dl_parent"}}""");
        for (var i = 0; i < 11; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(9));
            dl.Token = await RefreshAsync(dl);
        }
        // 99 minutes in: the next token is cut at the two-hour mark, and after it no refresh is possible.
        _time.Advance(TimeSpan.FromMinutes(9));
        dl.Token = await RefreshAsync(dl);
        _time.Advance(TimeSpan.FromMinutes(9));
        dl.Token = await RefreshAsync(dl);
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("TokenExpired", await RefreshAsync(dl, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Revoking_a_conversation_voids_its_tokens_at_once()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_parent"}}""");
        var admin = _host.CreateAdminClient();
        Assert.True((await admin.PostAsJsonAsync("/admin/directline/revoke", new { conversationId })).IsSuccessStatusCode);

        var (get, body) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities");
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal("TokenRevoked", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("TokenRevoked", await RefreshAsync(dl, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Revoking_a_person_voids_every_conversation_of_their_user_id_but_not_tokens_issued_later()
    {
        var client = _host.CreateClient();
        var first = new DirectLineClient(client);
        var a = await first.StartAsync("""{"user":{"id":"dl_teacher"}}""");
        var second = new DirectLineClient(client);
        var b = await second.StartAsync("""{"user":{"id":"dl_teacher"}}""");
        var other = new DirectLineClient(client);
        var c = await other.StartAsync("""{"user":{"id":"dl_someone-else"}}""");

        Assert.True((await _host.CreateAdminClient().PostAsJsonAsync("/admin/directline/revoke", new { userId = "dl_teacher" })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.SendAsync(HttpMethod.Get, $"/conversations/{a}/activities")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await second.SendAsync(HttpMethod.Get, $"/conversations/{b}/activities")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(HttpMethod.Get, $"/conversations/{c}/activities")).Response.StatusCode);

        _time.Advance(TimeSpan.FromSeconds(1));
        var fresh = new DirectLineClient(client);
        var d = await fresh.StartAsync("""{"user":{"id":"dl_teacher"}}""");
        Assert.Equal(HttpStatusCode.OK, (await fresh.SendAsync(HttpMethod.Get, $"/conversations/{d}/activities")).Response.StatusCode);
    }

    [Fact]
    public async Task Revocation_needs_the_admin_key()
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/admin/directline/revoke", new { userId = "dl_teacher" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
