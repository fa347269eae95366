using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Tests.Scheduler;

public sealed class MonthlyDigestJobTests
{
    [Fact]
    public async Task The_digest_on_1_march_2028_counts_february_including_the_leap_day()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2028, 1, 20, 9), configure: o => o.QuietHours.Enabled = false);
        var (family, head) = await OutboxDeliveryTests.OneFamilyAsync(h);
        var now = h.Time.GetUtcNow();
        var child = family.ChildId;
        await h.Seed.AddAsync(
            new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 1, 31), Status = AttendanceStatus.Absent, RecordedAt = now },
            new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 2, 1), Status = AttendanceStatus.Present, RecordedAt = now },
            new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 2, 2), Status = AttendanceStatus.Late, RecordedAt = now },
            new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 2, 28), Status = AttendanceStatus.Absent, RecordedAt = now },
            new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 2, 29), Status = AttendanceStatus.Absent, RecordedAt = now },
            new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 3, 1), Status = AttendanceStatus.Absent, RecordedAt = now },
            new TeacherNote { ChildId = child, Category = NoteCategory.Study, Visibility = NoteVisibility.Parents, Text = "进步", CreatedAt = SchedulerHarness.ShanghaiTime(2028, 2, 29, 23, 59) },
            new TeacherNote { ChildId = child, Category = NoteCategory.Safety, Visibility = NoteVisibility.StaffOnly, Text = "staff", CreatedAt = SchedulerHarness.ShanghaiTime(2028, 2, 10, 10) },
            new TeacherNote { ChildId = child, Category = NoteCategory.Study, Visibility = NoteVisibility.Parents, Text = "march", CreatedAt = SchedulerHarness.ShanghaiTime(2028, 3, 1, 0, 0) },
            new Letter { ChildId = child, Direction = LetterDirection.ToChild, AuthorId = family.Father, Text = "信", CreatedAt = SchedulerHarness.ShanghaiTime(2028, 2, 1, 0, 0) },
            new ContactLog { ChildId = child, ParentId = family.Father, Kind = ContactKind.Call, At = SchedulerHarness.ShanghaiTime(2028, 2, 15, 20) },
            new ContactLog { ChildId = child, ParentId = family.Mother, Kind = ContactKind.Call, At = SchedulerHarness.ShanghaiTime(2028, 2, 16, 20) });

        // The guardian answers a reminder in February; it shows in the parents' digest.
        h.SetLocal(2028, 2, 10, 10, 0);
        await h.Get<IOutbox>().EnqueueAsync(family.Guardian, new OutboxMessage("提醒", [new OutboxChoice("1", "1")]), "x");
        await h.Seed.AddAsync(new AttendanceRecord { ChildId = child, Date = new DateOnly(2028, 2, 10), Status = AttendanceStatus.Absent, RecordedAt = now });
        h.SetLocal(2028, 2, 10, 10, 0);
        await h.RunAndDeliverAsync(JobNames.AbsenceAlert);
        Assert.NotNull(await h.Get<IReminderReplies>().RecordAsync(family.Guardian, ReminderReply.Done));

        h.SetLocal(2028, 3, 1, 9, 0);
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.MonthlyDigest));

        var father = Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)), s => s.OutboxKey!.StartsWith("monthly-digest", StringComparison.Ordinal));
        Assert.Equal("小明的2月：到校1天，缺勤3天，迟到1天；老师记录1条，两地书1封，通话1次。\n这个月监护人回复提醒1次（完成1次）。", father.Text);
        Assert.EndsWith("|2028-02", father.OutboxKey);
        Assert.Empty(h.Adapter.For(SeededFamily.User(head)));
    }

    [Fact]
    public async Task The_january_digest_is_written_on_new_years_day_and_only_once()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 12, 30, 9), configure: o => o.QuietHours.Enabled = false);
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2027, 1, 1, 9, 0);

        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.MonthlyDigest));
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.MonthlyDigest));

        Assert.EndsWith("|2026-12", Assert.Single(h.Adapter.For(SeededFamily.User(family.Father))).OutboxKey);
    }
}
