using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Quartz;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Scheduler;

public sealed class CallHomeJobTests
{
    [Fact]
    public async Task Parents_are_prompted_on_sunday_evening_once_a_week_and_not_before()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 22, 18, 55);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.CallHome));

        h.SetLocal(2026, 11, 22, 19, 0);
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.CallHome));
        h.SetLocal(2026, 11, 22, 19, 5);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.CallHome));

        var prompt = Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)));
        Assert.StartsWith("这周给小明打个电话吧。", prompt.Text);
        Assert.EndsWith("|2026-W47", prompt.OutboxKey);
        Assert.Empty(h.Adapter.For(SeededFamily.User(family.Guardian)));
    }

    [Fact]
    public async Task A_parent_who_called_this_week_is_not_prompted_and_one_who_chose_never_is_not_either()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.Seed.PreferAsync(family.Mother, p => p.CallHome = CallHomeFrequency.Never);
        h.SetLocal(2026, 11, 20, 20, 0);
        await h.Seed.AddAsync(new ContactLog { ChildId = family.ChildId, ParentId = family.Father, Kind = ContactKind.Call, At = h.Time.GetUtcNow() });
        h.SetLocal(2026, 11, 22, 19, 0);

        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.CallHome));
    }

    [Fact]
    public async Task A_booked_call_reminds_parent_and_guardian_shortly_before_even_in_quiet_hours()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        var callAt = SchedulerHarness.ShanghaiTime(2026, 11, 18, 21, 45); // inside the guardian's 21:30 quiet hours
        await h.Seed.AddAsync(new CallBooking { ChildId = family.ChildId, ParentId = family.Father, ScheduledAt = callAt, Status = CallBookingStatus.Confirmed, CreatedAt = h.Time.GetUtcNow() });

        h.SetLocal(2026, 11, 18, 21, 10);
        await h.RunAndDeliverAsync(JobNames.CallHome);
        Assert.Empty(h.Adapter.Sent);
        h.SetLocal(2026, 11, 18, 21, 15);
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.CallHome));
        h.SetLocal(2026, 11, 18, 21, 35);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.CallHome));

        Assert.Equal("您约了21:45给小明打电话，快到时间了。", Assert.Single(h.Adapter.For(SeededFamily.User(family.Father))).Text);
        var guardian = Assert.Single(h.Adapter.For(SeededFamily.User(family.Guardian)));
        Assert.StartsWith("21:45爸爸妈妈会打电话，请让小明在身边。", guardian.Text);
        Assert.Equal(["1", "2", "3"], guardian.Choices);
        await using var db = h.Db();
        Assert.NotNull((await db.CallBookings.SingleAsync()).ReminderQueuedAt);
    }

    [Fact]
    public async Task A_cancelled_call_is_not_reminded()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.Seed.AddAsync(new CallBooking { ChildId = family.ChildId, ParentId = family.Father, ScheduledAt = SchedulerHarness.ShanghaiTime(2026, 11, 18, 20, 0), Status = CallBookingStatus.Cancelled, CreatedAt = h.Time.GetUtcNow() });
        h.SetLocal(2026, 11, 18, 19, 45);

        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.CallHome));
    }
}
