using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Bot;

public sealed class DirectLineTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly HostFactory _host;

    public DirectLineTests()
    {
        _host = new HostFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
    }

    public void Dispose() => _host.Dispose();

    private async Task WaitForTurnsAsync(int count)
    {
        while (_host.Bot.Turns.Count < count && await _host.Bot.TurnDone.WaitAsync(TimeSpan.FromSeconds(10)))
        {
        }
        Assert.True(_host.Bot.Turns.Count >= count, $"expected {count} turns, saw {_host.Bot.Turns.Count}");
    }

    [Fact]
    public async Task Start_post_and_get_echo_the_users_activity_with_its_channel_data_then_the_reply()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        var posted = await dl.PostMessageAsync(conversationId, "你好", "client-1");
        Assert.Equal(conversationId + "|0000001", posted.GetProperty("id").GetString());

        var (activities, watermark) = await dl.GetAsync(conversationId, "");
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(conversationId + "|0000001", echo.GetProperty("id").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("directline", echo.GetProperty("channelId").GetString());
        Assert.Equal("webchat-user", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("echo: 你好", activities[1].GetProperty("text").GetString());
        Assert.Equal(conversationId + "|0000001", activities[1].GetProperty("replyToId").GetString());
        Assert.Equal("2", watermark);

        var turn = _host.Bot.Turns.Last(a => a.Type == "message");
        Assert.Equal(conversationId, turn.Conversation!.Id);
        Assert.Equal("leftbehind-bot", turn.Recipient!.Id);
        Assert.Contains(_host.Bot.Turns, a => a.Type == "conversationUpdate" && a.MembersAdded!.Any(m => m.Id == "webchat-user"));

        var (none, same) = await dl.GetAsync(conversationId, watermark);
        Assert.Empty(none);
        Assert.Equal("2", same);
    }

    [Fact]
    public async Task Reconnect_with_a_watermark_gets_a_new_stream_url_and_only_what_was_missed()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        await dl.PostMessageAsync(conversationId, "one", "c1");
        var (_, watermark) = await dl.GetAsync(conversationId, "");
        await dl.PostMessageAsync(conversationId, "two", "c2");

        var (response, body) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ws://", body.GetProperty("streamUrl").GetString());
        Assert.Contains("watermark=" + watermark, body.GetProperty("streamUrl").GetString());
        dl.Token = body.GetProperty("token").GetString();
        var (missed, _) = await dl.GetAsync(conversationId, watermark);
        Assert.Equal(["two", "echo: two"], missed.Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Queue_survives_a_restart_of_the_service()
    {
        string conversationId, token;
        {
            var dl = new DirectLineClient(_host.CreateClient());
            conversationId = await dl.StartAsync();
            await dl.PostMessageAsync(conversationId, "before restart", "c1");
            token = dl.Token!;
        }
        using var second = new HostFactory { TestServices = s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time)) };
        second.Settings["ConnectionStrings:LeftBehind"] = $"Data Source={Path.Combine(_host.DataDirectory, "leftbehind.db")}";
        _host.KeepData = true;
        await _host.DisposeAsync();
        var again = new DirectLineClient(second.CreateClient()) { Token = token };
        var (activities, _) = await again.GetAsync(conversationId, "");
        Assert.Equal(["before restart", "echo: before restart"], activities.Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Expired_token_gets_403_TokenExpired_and_refresh_before_expiry_extends_it()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(20));
        var (refresh, refreshed) = await dl.SendAsync(HttpMethod.Post, "/tokens/refresh");
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(conversationId, refreshed.GetProperty("conversationId").GetString());
        var old = dl.Token;
        _time.Advance(TimeSpan.FromMinutes(15));

        dl.Token = old;
        var (expired, error) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=");
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", error.GetProperty("error").GetProperty("code").GetString());

        dl.Token = refreshed.GetProperty("token").GetString();
        var (ok, _) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark=");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Token_for_one_conversation_cannot_read_another()
    {
        var a = new DirectLineClient(_host.CreateClient());
        var first = await a.StartAsync();
        var b = new DirectLineClient(_host.CreateClient());
        await b.StartAsync();
        var (response, _) = await b.SendAsync(HttpMethod.Get, $"/conversations/{first}/activities?watermark=");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Secret_is_required_when_configured_and_generate_binds_the_user_id()
    {
        _host.Settings["DirectLine:Secret"] = "s3cret-value";
        var anonymous = new DirectLineClient(_host.CreateClient());
        var (refused, _) = await anonymous.SendAsync(HttpMethod.Post, "/conversations", "{}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var site = new DirectLineClient(_host.CreateClient()) { Token = "s3cret-value" };
        var (generated, body) = await site.SendAsync(HttpMethod.Post, "/tokens/generate", """{"user":{"id":"dl_parent-7"}}""");
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var user = new DirectLineClient(_host.CreateClient()) { Token = body.GetProperty("token").GetString() };
        var conversationId = await user.StartAsync("""{"user":{}}""");
        Assert.Equal(body.GetProperty("conversationId").GetString(), conversationId);
        await user.PostMessageAsync(conversationId, "hi", "c1");
        var (activities, _) = await user.GetAsync(conversationId, "");
        Assert.Equal("dl_parent-7", activities[0].GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_posts_get_clear_errors_and_store_nothing()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        var (malformed, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", "{oops");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var (noFrom, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", """{"type":"message","text":"x"}""");
        Assert.Equal(HttpStatusCode.BadRequest, noFrom.StatusCode);
        var (tooBig, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities",
            $$"""{"type":"message","from":{"id":"u"},"text":"{{new string('x', 300_000)}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        var (unknown, _) = await dl.SendAsync(HttpMethod.Get, "/conversations/nope/activities");
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        var (activities, _) = await dl.GetAsync(conversationId, "");
        Assert.Empty(activities);
    }

    [Fact]
    public async Task Cors_preflight_allows_the_headers_web_chat_sends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://school.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        var response = await _host.CreateClient().SendAsync(request);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var h in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" }) Assert.Contains(h, allowed);
    }

    [Fact]
    public async Task Upload_stores_the_file_and_the_bot_gets_an_attachment_it_can_download()
    {
        var client = _host.CreateClient();
        var dl = new DirectLineClient(client);
        var conversationId = await dl.StartAsync();
        using var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"webchat-user"},"channelData":{"clientActivityID":"up-1"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity");
        var file = new ByteArrayContent([1, 2, 3, 4]);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "letter.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=webchat-user") { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", dl.Token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitForTurnsAsync(2);
        var turn = _host.Bot.Turns.Last(a => a.Type == "message");
        var attachment = Assert.Single(turn.Attachments!);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal("letter.png", attachment.Name);
        var bytes = await client.GetByteArrayAsync(new Uri(attachment.ContentUrl!).PathAndQuery);
        Assert.Equal([1, 2, 3, 4], bytes);
    }

    [Fact]
    public async Task WebSocket_replays_from_the_watermark_then_streams_new_activities()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        await dl.PostMessageAsync(conversationId, "before socket", "c1");
        var (reconnect, body) = await dl.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=1");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = new Uri(body.GetProperty("streamUrl").GetString()!);

        var ws = _host.Server.CreateWebSocketClient();
        using var socket = await ws.ConnectAsync(new Uri("ws://localhost" + streamUrl.PathAndQuery), CancellationToken.None);
        var first = await ReceiveSetAsync(socket);
        Assert.Equal(["echo: before socket"], first.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("2", first.GetProperty("watermark").GetString());

        await dl.PostMessageAsync(conversationId, "live", "c2");
        var texts = new List<string?>();
        while (texts.Count < 2)
        {
            var set = await ReceiveSetAsync(socket);
            texts.AddRange(set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        }
        Assert.Equal(["live", "echo: live"], texts);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
    }

    [Fact]
    public async Task WebSocket_with_an_expired_token_is_refused()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync();
        _time.Advance(TimeSpan.FromHours(1));
        var ws = _host.Server.CreateWebSocketClient();
        await Assert.ThrowsAnyAsync<Exception>(() =>
            ws.ConnectAsync(new Uri($"ws://localhost/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(dl.Token!)}"), CancellationToken.None));
    }

    private static async Task<JsonElement> ReceiveSetAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var ms = new MemoryStream();
            WebSocketReceiveResult r;
            do
            {
                r = await socket.ReceiveAsync(buffer, cts.Token);
                ms.Write(buffer, 0, r.Count);
            }
            while (!r.EndOfMessage);
            if (ms.Length == 0) continue; // heartbeat
            return JsonDocument.Parse(ms.ToArray()).RootElement.Clone();
        }
    }
}
