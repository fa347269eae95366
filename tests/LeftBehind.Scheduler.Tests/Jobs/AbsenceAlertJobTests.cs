using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

public sealed class AbsenceAlertJobTests
{
    [Fact]
    public async Task An_unexplained_absence_after_0930_alerts_guardian_and_parents_once_that_day()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 17, 8, 0);
        await h.Seed.AddAsync(new AttendanceRecord { ChildId = family.ChildId, Date = new DateOnly(2026, 11, 17), Status = AttendanceStatus.Absent, RecordedAt = h.Time.GetUtcNow() });

        h.SetLocal(2026, 11, 17, 9, 29);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.AbsenceAlert));
        h.SetLocal(2026, 11, 17, 9, 30);
        Assert.Equal(3, await h.RunAndDeliverAsync(JobNames.AbsenceAlert));
        h.SetLocal(2026, 11, 17, 10, 30);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.AbsenceAlert));

        var guardian = Assert.Single(h.Adapter.For(SeededFamily.User(family.Guardian)));
        Assert.Equal("小明今天没到校，也没请假。\n回复1、2或3。", guardian.Text);
        Assert.Equal(["1", "2", "3"], guardian.Choices);
        Assert.Equal("小明今天（2026-11-17）没有到校，也没有请假，已通知监护人。", Assert.Single(h.Adapter.For(SeededFamily.User(family.Mother))).Text);
    }

    [Fact]
    public async Task Leave_presence_or_yesterdays_absence_alert_nobody()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var onLeave = await h.Seed.FamilyAsync(school, cls, "小明");
        var present = await h.Seed.FamilyAsync(school, cls, "小红");
        var yesterday = await h.Seed.FamilyAsync(school, cls, "小刚");
        h.SetLocal(2026, 11, 17, 8, 0);
        var now = h.Time.GetUtcNow();
        await h.Seed.AddAsync(
            new AttendanceRecord { ChildId = onLeave.ChildId, Date = new DateOnly(2026, 11, 17), Status = AttendanceStatus.Absent, RecordedAt = now },
            new LeaveRequest { ChildId = onLeave.ChildId, RequestedById = onLeave.Guardian, From = new DateOnly(2026, 11, 16), To = new DateOnly(2026, 11, 18), Status = AttendanceStatus.Sick, CreatedAt = now },
            new AttendanceRecord { ChildId = present.ChildId, Date = new DateOnly(2026, 11, 17), Status = AttendanceStatus.Present, RecordedAt = now },
            new AttendanceRecord { ChildId = yesterday.ChildId, Date = new DateOnly(2026, 11, 16), Status = AttendanceStatus.Absent, RecordedAt = now });
        h.SetLocal(2026, 11, 17, 9, 30);

        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.AbsenceAlert));
    }
}
