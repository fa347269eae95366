using LeftBehind.Archive.Services;
using LeftBehind.Bot.WeChat;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// A father who unfollows the official account and follows it again later, through the simulator, the real endpoint,
/// the real bot, the real outbox and the real database. His openid is the same (WeChat keeps it per account), so he is
/// the same person: no new code, and what could not reach him meanwhile waited honestly instead of counting as sent.
/// </summary>
public sealed class WeChatRefollowTests
{
    [Fact]
    public async Task A_father_who_unfollows_and_follows_again_is_welcomed_back_without_a_code_and_gets_what_waited_while_a_stranger_still_needs_one()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var services = host.Services;
        var bindings = services.GetRequiredService<IBindingService>();
        var outbox = services.GetRequiredService<IOutbox>();
        var store = services.GetRequiredService<WeChatStore>();
        var dad = await host.BindAsync("o-dad-wx", "BABA23", "王建军");
        var father = await host.PersonIdAsync(dad.OpenId);

        // He unfollows: WeChat would refuse anything sent to him now, so his WeChat address no longer receives.
        await sim.UnsubscribeAsync(dad.OpenId);
        await WeChatEndToEndTests.WaitUntilAsync(services, async () => await bindings.FindAsync(WeChatChannel.ChannelId, dad.OpenId) is null);

        // This month's letter prompt while he does not follow: kept in his mailbox, never sent, never reported delivered.
        Assert.NotNull(await services.GetRequiredService<ISchedulerAdmin>().RunNowAsync(JobNames.MonthlyLetter, CancellationToken.None));
        OutboxEntry? prompt = null;
        await WeChatEndToEndTests.WaitUntilAsync(services, async () =>
            (prompt = (await outbox.ListAsync(null, 1, 500)).Items.SingleOrDefault(r => r.RecipientId == father && r.Job == JobNames.MonthlyLetter)) is { Status: OutboxStatus.Held });
        Assert.Null(prompt!.SentAt);
        Assert.Empty(await dad.DrainAsync(TimeSpan.Zero));
        Assert.DoesNotContain(await store.ListDeliveriesAsync(dad.OpenId, 50, CancellationToken.None), d => d.OutboxKey == prompt.Key && d.Status == "sent");

        // Someone else following the account gets nowhere without a code, and the father's used code stays refused.
        var stranger = sim.User("o-stranger-wx");
        await sim.SubscribeAsync(stranger.OpenId);
        await stranger.ExpectAsync("邀请码");
        await sim.SendTextAsync(stranger.OpenId, "BABA23");
        await stranger.ExpectAsync("已经用过");
        Assert.Null(await bindings.FindAsync(WeChatChannel.ChannelId, stranger.OpenId));

        // He follows again with the same openid: greeted back by name, no code asked, and the prompt that waited arrives.
        await sim.SubscribeAsync(dad.OpenId);
        var back = await dad.ExpectAsync("欢迎回来", "王建军");
        Assert.DoesNotContain("邀请码", back.Readable, StringComparison.Ordinal);
        Assert.Equal(father, await host.PersonIdAsync(dad.OpenId));
        await dad.ExpectAsync("两地书");
        await WeChatEndToEndTests.WaitUntilAsync(services, async () =>
            (await outbox.ListAsync(null, 1, 500)).Items.Single(r => r.Id == prompt.Id).Status == OutboxStatus.Sent);

        // And he is simply himself again: a question is answered as before.
        await sim.SendTextAsync(dad.OpenId, "孩子这周上学了吗");
        await dad.ExpectAsync("问哪个孩子");
    }

    [Fact]
    public async Task A_father_whose_refollow_event_was_not_seen_is_recognised_by_his_next_message_and_greeted_back_first()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var services = host.Services;
        var dad = await host.BindAsync("o-dad-wx", "BABA23", "王建军");
        var father = await host.PersonIdAsync(dad.OpenId);
        await sim.UnsubscribeAsync(dad.OpenId);
        await WeChatEndToEndTests.WaitUntilAsync(services, async () =>
            await services.GetRequiredService<IBindingService>().FindAsync(WeChatChannel.ChannelId, dad.OpenId) is null);

        // His first message after following again (the subscribe event lost on the way): welcome back, then the answer.
        await sim.SendTextAsync(dad.OpenId, "孩子这周上学了吗");
        await dad.ExpectAsync("欢迎回来", "王建军");
        await dad.ExpectAsync("问哪个孩子");
        Assert.Equal(father, await host.PersonIdAsync(dad.OpenId));
        var user = await services.GetRequiredService<WeChatStore>().GetUserAsync(dad.OpenId, CancellationToken.None);
        Assert.True(user!.Value.Subscribed);
    }
    [Fact]
    public async Task An_emergency_while_the_father_does_not_follow_is_not_reported_as_reaching_him_and_waits_for_his_return()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var services = host.Services;
        var outbox = services.GetRequiredService<IOutbox>();
        var dad = await host.BindAsync("o-dad-wx", "BABA23", "王建军");
        var father = await host.PersonIdAsync(dad.OpenId);
        var grandpa = await host.BindAsync("o-yeye-wx", "YEYE67", "王德福");
        await sim.UnsubscribeAsync(dad.OpenId);
        await WeChatEndToEndTests.WaitUntilAsync(services, async () =>
            await services.GetRequiredService<IBindingService>().FindAsync(WeChatChannel.ChannelId, dad.OpenId) is null);

        // The grandfather raises an emergency: he is not told the father was reached, and is asked to ring him.
        await sim.SendTextAsync(grandpa.OpenId, "孙子放学一直没回来");
        await grandpa.ExpectAsync("是哪个孩子");
        await sim.SendTextAsync(grandpa.OpenId, "1");
        var told = await grandpa.ExpectAsync("王建军", "还没开通", "打电话");
        Assert.DoesNotMatch("已经通知：[^。]*王建军", told.Readable);
        OutboxEntry? alert = null;
        await WeChatEndToEndTests.WaitUntilAsync(services, async () =>
            (alert = (await outbox.ListAsync(null, 1, 500)).Items.FirstOrDefault(r => r.RecipientId == father && r.Urgent)) is { Status: OutboxStatus.Held });
        Assert.Null(alert!.SentAt);
        Assert.Empty(await dad.DrainAsync(TimeSpan.Zero));

        // He follows again: greeted back with the open emergency named, and the alert that waited reaches him.
        await sim.SubscribeAsync(dad.OpenId);
        var back = await dad.ExpectAsync("欢迎回来");
        Assert.Contains("孙子放学一直没回来", back.Readable, StringComparison.Ordinal);
        await dad.ExpectAsync("【紧急】王小明");
        await WeChatEndToEndTests.WaitUntilAsync(services, async () =>
            (await outbox.ListAsync(null, 1, 500)).Items.Single(r => r.Id == alert.Id).Status == OutboxStatus.Sent);
    }
}
