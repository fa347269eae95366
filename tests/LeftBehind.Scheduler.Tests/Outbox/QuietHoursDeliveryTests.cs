using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Tests.Scheduler;

public sealed class QuietHoursDeliveryTests
{
    [Fact]
    public async Task A_reminder_written_at_2300_reaches_the_guardian_when_quiet_hours_end_at_0730()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 16, 23, 0);
        await h.Get<IOutbox>().EnqueueAsync(family.Guardian, new OutboxMessage("明天记得带作业本。"), "k1");

        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent);
        h.SetLocal(2026, 11, 17, 7, 29);
        await h.DrainAsync();
        Assert.Empty(h.Adapter.Sent);
        h.SetLocal(2026, 11, 17, 7, 30);
        await h.DrainAsync();

        Assert.Single(h.Adapter.Sent);
    }

    [Fact]
    public async Task An_emergency_at_night_ignores_quiet_hours()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 17, 2, 0);
        await h.Get<IOutbox>().EnqueueAsync(family.Guardian, new OutboxMessage("紧急：孩子没有回家。"), "e1", urgent: true);

        await h.DrainAsync();

        Assert.Single(h.Adapter.Sent);
    }

    [Fact]
    public async Task A_night_shift_parent_who_sleeps_by_day_is_messaged_at_night_not_at_noon()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.Seed.PreferAsync(family.Father, p =>
        {
            p.QuietStart = new TimeOnly(9, 0);
            p.QuietEnd = new TimeOnly(17, 0);
        });
        h.SetLocal(2026, 11, 17, 12, 0);
        await h.Get<IOutbox>().EnqueueAsync(family.Father, new OutboxMessage("本月两地书"), "k1");
        await h.Get<IOutbox>().EnqueueAsync(family.Mother, new OutboxMessage("本月两地书"), "k1");

        await h.DrainAsync();
        Assert.Equal([SeededFamily.User(family.Mother)], h.Adapter.Sent.Select(s => s.UserId));
        h.SetLocal(2026, 11, 17, 17, 0);
        await h.DrainAsync();

        Assert.Contains(h.Adapter.Sent, s => s.UserId == SeededFamily.User(family.Father));
    }

    [Fact]
    public async Task Switching_quiet_hours_off_delivers_at_night()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 16, 23, 30);
        await h.Get<IOutbox>().EnqueueAsync(family.Guardian, new OutboxMessage("提醒"), "k1");

        await h.DrainAsync();

        Assert.Single(h.Adapter.Sent);
    }
}
