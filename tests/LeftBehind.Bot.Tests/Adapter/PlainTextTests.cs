using LeftBehind.Dialogs.Kernel;
using Microsoft.Extensions.DependencyInjection;
using LeftBehind.Bot.DirectLine;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.Bot;

/// <summary>Issue #14, High: markdown injection. What people write reaches others as inert plain text.</summary>
public sealed class PlainTextTests : IDisposable
{
    private const string Hostile = "孩子[补贴申请](http://evil.example/x) ![x](http://evil.example/b.png)\u202E\u0000\u001B[31m好\u200B的";
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Control_bidi_and_zero_width_characters_never_reach_the_bot_and_the_echo_is_plain()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_parent"}}""");
        var json = System.Text.Json.JsonSerializer.Serialize(new { type = "message", from = new { id = "dl_parent", name = "王芳老师", role = "bot" }, text = Hostile, textFormat = "markdown" });
        var (response, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", json);
        Assert.True(response.IsSuccessStatusCode);
        while (!_host.Bot.Turns.Any(a => a.Type == "message") && await _host.Bot.TurnDone.WaitAsync(TimeSpan.FromSeconds(10)))
        {
        }
        var turn = _host.Bot.Turns.Single(a => a.Type == "message");
        Assert.Equal("孩子[补贴申请](http://evil.example/x) ![x](http://evil.example/b.png)[31m好的", turn.Text);

        var (activities, _) = await dl.GetAsync(conversationId, "");
        var echo = activities[0];
        Assert.Equal("plain", echo.GetProperty("textFormat").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.False(echo.GetProperty("from").TryGetProperty("name", out _));
        Assert.All(activities.Where(a => a.GetProperty("type").GetString() == "message"), a => Assert.Equal("plain", a.GetProperty("textFormat").GetString()));
    }

    [Fact]
    public async Task A_proactive_notification_quoting_a_parent_goes_out_as_plain_text_without_hidden_characters()
    {
        var dl = new DirectLineClient(_host.CreateClient());
        var conversationId = await dl.StartAsync("""{"user":{"id":"dl_teacher"}}""");
        var reference = new ConversationReference
        {
            ChannelId = Channels.DirectLine,
            ServiceUrl = DirectLineService.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            User = new ChannelAccount { Id = "dl_teacher" },
        };
        await new ProactiveSender(_host.Services.GetRequiredService<BotAdapter>()).SendAsync(reference, new OutboxMessage("家长提问：" + Hostile, []), "question|1", "zh-CN", CancellationToken.None);

        var (activities, _) = await dl.GetAsync(conversationId, "");
        var note = activities.Single(a => a.GetProperty("text").GetString()!.StartsWith("家长提问", StringComparison.Ordinal));
        Assert.Equal("plain", note.GetProperty("textFormat").GetString());
        Assert.DoesNotContain(note.GetProperty("text").GetString()!, c => c is '\u202E' or '\u0000' or '\u001B' or '\u200B');
    }
}
