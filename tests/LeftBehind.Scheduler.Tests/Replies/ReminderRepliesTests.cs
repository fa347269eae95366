using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Tests.Scheduler;

public sealed class ReminderRepliesTests
{
    [Fact]
    public async Task A_guardians_bare_digit_answers_the_latest_reminder_and_is_counted_in_the_month()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.Seed.AddAsync(new AttendanceRecord { ChildId = family.ChildId, Date = new DateOnly(2026, 11, 17), Status = AttendanceStatus.Absent, RecordedAt = h.Time.GetUtcNow() });
        h.SetLocal(2026, 11, 17, 9, 30);
        await h.RunAndDeliverAsync(JobNames.AbsenceAlert);
        var replies = h.Get<IReminderReplies>();

        var open = await replies.FindOpenReminderAsync(family.Guardian);
        Assert.NotNull(open);
        Assert.Equal(JobNames.AbsenceAlert, open.Job);
        Assert.Null(await replies.FindOpenReminderAsync(family.Father)); // the parents' notice asks nothing

        var later = ReminderReply.Later;
        Assert.Equal(open.Key, (await replies.RecordAsync(family.Guardian, later))!.Key);
        Assert.Null(await replies.FindOpenReminderAsync(family.Guardian));
        Assert.Null(await replies.RecordAsync(family.Guardian, ReminderReply.Done)); // nothing open any more
        await replies.RecordAsync(family.Guardian, ReminderReply.Done, open.Key); // a changed mind replaces the answer

        Assert.Equal(new ReminderReplyCounts(1, 0, 0), await replies.CountAsync([family.Guardian], 2026, 11));
        Assert.Equal(new ReminderReplyCounts(0, 0, 0), await replies.CountAsync([family.Guardian], 2026, 12));
    }

    [Fact]
    public async Task A_reminder_older_than_three_days_no_longer_takes_a_bare_digit()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.Seed.AddAsync(new AttendanceRecord { ChildId = family.ChildId, Date = new DateOnly(2026, 11, 17), Status = AttendanceStatus.Absent, RecordedAt = h.Time.GetUtcNow() });
        h.SetLocal(2026, 11, 17, 9, 30);
        await h.RunAndDeliverAsync(JobNames.AbsenceAlert);
        h.Time.Advance(TimeSpan.FromDays(3.1));

        Assert.Null(await h.Get<IReminderReplies>().RecordAsync(family.Guardian, ReminderReply.Done));
    }
}
