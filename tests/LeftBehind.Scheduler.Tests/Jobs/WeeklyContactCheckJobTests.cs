using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

public sealed class WeeklyContactCheckJobTests
{
    [Fact]
    public async Task Seven_days_of_silence_nudge_the_parent_and_fourteen_tell_the_paired_teacher()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var paired = await h.Seed.TeacherAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", mother: false, pairedTeacherId: paired);
        h.SetLocal(2026, 10, 5, 20, 0);
        await h.Seed.AddAsync(new ContactLog { ChildId = family.ChildId, ParentId = family.Father, Kind = ContactKind.Call, At = h.Time.GetUtcNow() });

        h.SetLocal(2026, 10, 12, 10, 0); // 6 days 14 hours
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));
        h.SetLocal(2026, 10, 13, 10, 0); // 7 days
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));
        h.SetLocal(2026, 10, 14, 10, 0);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck)); // same silence, same week: nothing new
        h.SetLocal(2026, 10, 20, 10, 0); // 14 days
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));

        var nudges = h.Adapter.For(SeededFamily.User(family.Father));
        Assert.Equal(2, nudges.Count);
        Assert.StartsWith("您已经7天没有和小明联系了", nudges[0].Text);
        Assert.StartsWith("您已经14天没有和小明联系了", nudges[1].Text);
        Assert.Equal("小明的家长已经14天没有联系孩子，请关心一下。", Assert.Single(h.Adapter.For(SeededFamily.User(paired))).Text);
    }

    [Fact]
    public async Task A_letter_or_call_logged_resets_the_count()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 10, 9, 10, 0);
        await h.Seed.AddAsync(
            new ContactLog { ChildId = family.ChildId, ParentId = family.Father, Kind = ContactKind.Letter, At = h.Time.GetUtcNow() },
            new ContactLog { ChildId = family.ChildId, ParentId = family.Mother, Kind = ContactKind.Message, At = h.Time.GetUtcNow().AddDays(-1) });
        h.SetLocal(2026, 10, 14, 10, 0); // the mother's message was 6 days ago, the father's letter 5

        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));
        h.SetLocal(2026, 10, 15, 10, 0); // now 7 and 6 days
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));
        Assert.Single(h.Adapter.For(SeededFamily.User(family.Mother)));
        Assert.Empty(h.Adapter.For(SeededFamily.User(family.Father)));
    }

    [Fact]
    public async Task A_parent_who_never_made_contact_is_counted_from_registration_and_the_head_teacher_stands_in_for_a_missing_paired_teacher()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var (family, head) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.Time.Advance(TimeSpan.FromDays(14));

        await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck);

        Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)));
        Assert.Single(h.Adapter.For(SeededFamily.User(family.Mother)));
        Assert.Equal(2, h.Adapter.For(SeededFamily.User(head)).Count);
    }

    [Fact]
    public async Task A_booked_call_a_question_to_the_teacher_or_the_childs_reply_letter_count_as_contact()
    {
        // Issue 12: "你已经12天没有和王小明联系了" on a day the father had booked a call and asked the teacher.
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 10, 1, 10, 0);
        await h.Seed.AddAsync(
            new ContactLog { ChildId = family.ChildId, ParentId = family.Father, Kind = ContactKind.Letter, At = h.Time.GetUtcNow() },
            new ContactLog { ChildId = family.ChildId, ParentId = family.Mother, Kind = ContactKind.Letter, At = h.Time.GetUtcNow() });
        h.SetLocal(2026, 10, 10, 20, 0);
        await h.Seed.AddAsync(
            new CallBooking { ChildId = family.ChildId, ParentId = family.Father, ScheduledAt = h.Time.GetUtcNow().AddDays(2), Status = CallBookingStatus.Proposed, CreatedAt = h.Time.GetUtcNow() },
            new Question { ChildId = family.ChildId, AskedById = family.Father, Text = "老师好，小明最近作业多吗？", CreatedAt = h.Time.GetUtcNow() },
            new Letter { ChildId = family.ChildId, Direction = LetterDirection.FromChild, Text = "妈妈，我数学考了满分。", CreatedAt = h.Time.GetUtcNow() });

        h.SetLocal(2026, 10, 13, 10, 0); // 12 days after the last logged contact, 3 days after the booking, the question and the reply
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));
        Assert.Empty(h.Adapter.For(SeededFamily.User(family.Father)));
        Assert.Empty(h.Adapter.For(SeededFamily.User(family.Mother)));

        h.SetLocal(2026, 10, 17, 21, 0); // a week of silence since then
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.WeeklyContactCheck));
        Assert.StartsWith("您已经7天没有和", Assert.Single(h.Adapter.For(SeededFamily.User(family.Father))).Text);
    }
}
