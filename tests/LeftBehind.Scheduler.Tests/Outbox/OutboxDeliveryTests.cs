using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.Scheduler;

public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task An_ad_hoc_message_enqueued_twice_with_one_key_is_delivered_once()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OneFamilyAsync(h);
        var outbox = h.Get<IOutbox>();

        Assert.Equal(EnqueueResult.Enqueued, await outbox.EnqueueAsync(family.Father, new OutboxMessage("老师回复了你的问题。"), "answer:q1"));
        Assert.Equal(EnqueueResult.Duplicate, await outbox.EnqueueAsync(family.Father, new OutboxMessage("老师回复了你的问题。"), "answer:q1"));
        await h.DrainAsync();
        await h.DrainAsync();

        var sent = Assert.Single(h.Adapter.Sent);
        Assert.Equal(SeededFamily.User(family.Father), sent.UserId);
        Assert.Equal("direct|" + family.Father + "|answer:q1", sent.OutboxKey);
        Assert.Equal("老师回复了你的问题。", sent.Text);
    }

    [Fact]
    public async Task An_unknown_person_is_refused_at_enqueue()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        Assert.Equal(EnqueueResult.UnknownRecipient, await h.Get<IOutbox>().EnqueueAsync(4242, new OutboxMessage("x"), "k"));
    }

    [Fact]
    public async Task A_normal_message_goes_to_the_latest_channel_and_an_urgent_one_to_every_channel()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OneFamilyAsync(h);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.Seed.BindAsync(family.Father, InviteRole.Father, channel: "webchat");
        var outbox = h.Get<IOutbox>();

        await outbox.EnqueueAsync(family.Father, new OutboxMessage("普通消息"), "n1");
        await outbox.EnqueueAsync(family.Father, new OutboxMessage("紧急：请马上联系学校"), "e1", urgent: true);
        await h.DrainAsync();

        var normal = Assert.Single(h.Adapter.Sent, s => s.Text == "普通消息");
        Assert.Equal("webchat", normal.Channel);
        var urgent = h.Adapter.Sent.Where(s => s.Text.StartsWith("紧急", StringComparison.Ordinal)).Select(s => s.Channel).Order().ToList();
        Assert.Equal(["test", "webchat"], urgent);
    }

    [Fact]
    public async Task A_failing_connector_is_retried_after_a_growing_backoff_until_delivered()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OneFamilyAsync(h);
        await h.Get<IOutbox>().EnqueueAsync(family.Father, new OutboxMessage("你好"), "k1");
        h.Adapter.FailNext(2);

        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent);
        var page = await h.Get<IOutbox>().ListAsync(OutboxStatus.Failed, 1, 10);
        var failed = Assert.Single(page.Items);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("HttpRequestException", failed.LastError);

        h.Time.Advance(TimeSpan.FromSeconds(7)); // first backoff is 10 s ± 20%
        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent);
        h.Time.Advance(TimeSpan.FromSeconds(6));
        await h.DrainAsync(); // second attempt fails too; the next wait is about 20 s
        h.Time.Advance(TimeSpan.FromSeconds(15));
        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.DrainAsync();

        Assert.Single(h.Adapter.Sent);
        var sent = Assert.Single((await h.Get<IOutbox>().ListAsync(OutboxStatus.Sent, 1, 10)).Items);
        Assert.Equal(3, sent.Attempts);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_dead_after_the_last_attempt()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OneFamilyAsync(h);
        await h.Get<IOutbox>().EnqueueAsync(family.Father, new OutboxMessage("你好"), "k1");
        h.Adapter.FailWhen = _ => true;

        for (var i = 0; i < 6; i++)
        {
            await h.DrainAsync();
            h.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var dead = Assert.Single((await h.Get<IOutbox>().ListAsync(OutboxStatus.Dead, 1, 10)).Items);
        Assert.Equal(4, dead.Attempts);
        Assert.Empty(h.Adapter.Sent);
    }

    [Fact]
    public async Task A_person_with_no_chat_yet_has_messages_held_in_the_mailbox_not_dead()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", bindParents: false);
        await h.Get<IOutbox>().EnqueueAsync(family.Father, new OutboxMessage("你好"), "k1");

        await h.DrainAsync();

        Assert.Empty((await h.Get<IOutbox>().ListAsync(OutboxStatus.Dead, 1, 10)).Items);
        var held = Assert.Single((await h.Get<IOutbox>().ListAsync(OutboxStatus.Held, 1, 10)).Items);
        Assert.Equal(OutboxDispatcher.HeldReason, held.LastError);
        // Nothing reached the father; the school was told, once, that he cannot be reached yet.
        var notice = Assert.Single(h.Adapter.Sent);
        Assert.StartsWith(OutboxJobs.Unreachable + "|", notice.OutboxKey ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_father_without_a_chat_is_reported_to_the_school_once_a_day_however_many_messages_wait_and_again_the_next_day()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", bindParents: false);
        var outbox = h.Get<IOutbox>();
        h.SetLocal(2026, 10, 12, 10);
        for (var i = 0; i < 5; i++)
        {
            await outbox.EnqueueAsync(family.Father, new OutboxMessage("第" + i + "封"), "day1-" + i);
            await h.DrainAsync();
        }
        Assert.Single(h.Adapter.Sent, s => s.OutboxKey?.StartsWith(OutboxJobs.Unreachable + "|", StringComparison.Ordinal) == true);

        h.SetLocal(2026, 10, 13, 10);
        await outbox.EnqueueAsync(family.Father, new OutboxMessage("第二天"), "day2");
        await h.DrainAsync();

        Assert.Equal(2, h.Adapter.Sent.Count(s => s.OutboxKey?.StartsWith(OutboxJobs.Unreachable + "|", StringComparison.Ordinal) == true));
        Assert.Equal(6, (await outbox.ListAsync(OutboxStatus.Held, 1, 20)).Items.Count(i => i.RecipientId == family.Father));
    }

    [Fact]
    public async Task A_held_mailbox_is_delivered_in_order_and_once_when_the_person_binds()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", bindParents: false);
        var outbox = h.Get<IOutbox>();
        foreach (var n in new[] { "第一封", "第二封", "第三封" })
            await outbox.EnqueueAsync(family.Father, new OutboxMessage(n), "mail-" + n);
        await h.DrainAsync();
        Assert.DoesNotContain(h.Adapter.Sent, s => s.Activity.Text is "第一封" or "第二封" or "第三封");

        await h.Seed.BindAsync(family.Father, InviteRole.Father);
        // The three letters (and any school notice held for this person) become due.
        Assert.True(await outbox.ReleaseHeldAsync(family.Father) >= 3);
        await h.DrainAsync();
        await h.DrainAsync();

        Assert.Equal(["第一封", "第二封", "第三封"], h.Adapter.Sent.Where(s => s.OutboxKey?.StartsWith(OutboxJobs.Unreachable + "|", StringComparison.Ordinal) != true).Select(s => s.Activity.Text));
        Assert.Equal(3, (await outbox.ListAsync(OutboxStatus.Sent, 1, 10)).Items.Count(i => i.RecipientId == family.Father));
        Assert.Equal(0, await outbox.ReleaseHeldAsync(family.Father));
    }

    [Fact]
    public async Task The_admin_listing_filters_by_status_and_pages_newest_first()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OneFamilyAsync(h);
        var outbox = h.Get<IOutbox>();
        for (var i = 0; i < 5; i++) await outbox.EnqueueAsync(family.Father, new OutboxMessage("m" + i), "k" + i);
        await h.DrainAsync();
        await outbox.EnqueueAsync(family.Mother, new OutboxMessage("later"), "k9");

        var sent = await outbox.ListAsync(OutboxStatus.Sent, page: 2, pageSize: 2);
        Assert.Equal(5, sent.Total);
        Assert.Equal(2, sent.Items.Count);
        Assert.True(sent.Items[0].Id > sent.Items[1].Id);
        Assert.Equal(1, sent.Counts[OutboxStatus.Pending]);
        Assert.Equal(5, sent.Counts[OutboxStatus.Sent]);
        Assert.Single((await outbox.ListAsync(OutboxStatus.Pending, 1, 50)).Items);
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.ListAsync("bogus", 1, 10));
    }

    internal static async Task<(SeededFamily Family, int HeadTeacher)> OneFamilyAsync(SchedulerHarness h)
    {
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        return (await h.Seed.FamilyAsync(school, cls, "小明"), head);
    }
}
