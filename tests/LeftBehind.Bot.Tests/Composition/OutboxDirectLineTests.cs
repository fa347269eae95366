using System.Net;
using LeftBehind.Bot.DirectLine;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Tests.Bot;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// The outbox's proactive sends into our own Direct Line queue, through the real host: a resend of the same outbox key
/// (what the dispatcher does after a crash between delivery and its "sent" mark) reaches the Web Chat user once.
/// </summary>
public sealed class OutboxDirectLineTests
{
    private const string Key = "monthly-letter|7|2026-11";
    private static readonly OutboxMessage Letter = new("本月的两地书写好了吗？回复 1 写好了，2 还没有。", [new OutboxChoice("1 写好了", "1"), new OutboxChoice("2 还没有", "2")]);

    [Fact]
    public async Task A_proactive_message_resent_with_the_same_outbox_key_is_stored_once_and_keeps_its_id()
    {
        using var host = new HostFactory();
        var dl = new DirectLineClient(host.CreateClient());
        var conversationId = await dl.StartAsync();
        var sender = new ProactiveSender(host.Services);

        var first = await sender.SendAsync(Reference(conversationId), Letter, Key, "zh-CN", CancellationToken.None);
        var again = await sender.SendAsync(Reference(conversationId), Letter, Key, "zh-CN", CancellationToken.None);
        var other = await sender.SendAsync(Reference(conversationId), Letter, "monthly-letter|7|2026-12", "zh-CN", CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var (activities, watermark) = await dl.GetAsync(conversationId, "");
        var letters = activities.Where(a => a.GetProperty("text").GetString() == Letter.Text).ToList();
        Assert.Equal(2, letters.Count);
        Assert.Equal(first, letters[0].GetProperty("id").GetString());
        Assert.Equal(Key, letters[0].GetProperty("channelData").GetProperty("outboxKey").GetString());
        Assert.Equal(other, letters[1].GetProperty("id").GetString());
        Assert.Equal("2", watermark); // the dropped repeat took no sequence number
    }

    [Fact]
    public async Task A_client_cannot_post_an_outbox_key_to_suppress_a_message_the_bot_has_yet_to_send()
    {
        using var host = new HostFactory();
        var dl = new DirectLineClient(host.CreateClient());
        var conversationId = await dl.StartAsync();
        var body = $$$"""{"type":"message","from":{"id":"webchat-user"},"text":"hi","channelData":{"outboxKey":"{{{Key}}}"}}""";
        var (posted, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", body);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        await new ProactiveSender(host.Services).SendAsync(Reference(conversationId), Letter, Key, "zh-CN", CancellationToken.None);

        var (activities, _) = await dl.GetAsync(conversationId, "");
        Assert.Single(activities, a => a.GetProperty("text").GetString() == Letter.Text);
    }

    [Fact]
    public async Task On_postgres_concurrent_resends_of_one_key_are_stored_once()
    {
        var cs = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        using var host = new HostFactory();
        host.Settings["Storage:Provider"] = "Postgres";
        host.Settings["ConnectionStrings:LeftBehind"] = cs;
        var dl = new DirectLineClient(host.CreateClient());
        var conversationId = await dl.StartAsync();
        var sender = new ProactiveSender(host.Services);

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sender.SendAsync(Reference(conversationId), Letter, Key, "zh-CN", CancellationToken.None)));

        Assert.Single(ids.Distinct());
        var (activities, watermark) = await dl.GetAsync(conversationId, "");
        Assert.Single(activities, a => a.GetProperty("text").GetString() == Letter.Text);
        Assert.Equal("1", watermark);
    }

    private static ConversationReference Reference(string conversationId) => new()
    {
        ChannelId = Channels.DirectLine,
        ServiceUrl = DirectLineService.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        User = new ChannelAccount { Id = "webchat-user" },
        Bot = new ChannelAccount { Id = "bot" },
    };
}
