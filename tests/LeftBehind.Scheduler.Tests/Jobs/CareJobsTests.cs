using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>#20: the weekly 谈心 reminders over a whole term, the term report, and the morning list of children with no active guardian.</summary>
public sealed class CareJobsTests
{
    private static readonly DateOnly TermStart = new(2026, 8, 31);
    private static readonly DateOnly TermEnd = new(2027, 1, 15);

    [Fact]
    public async Task Over_a_whole_term_a_paired_teacher_is_reminded_on_friday_only_of_the_children_still_without_a_talk()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 8, 30, 12), configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var teacher = await h.Seed.TeacherAsync(school);
        var ming = await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: teacher);
        var hong = await h.Seed.FamilyAsync(school, cls, "小红", pairedTeacherId: teacher);
        await h.Seed.FamilyAsync(school, cls, "小刚");

        var weeks = 0;
        var expected = 0;
        for (var monday = TermStart; monday <= TermEnd; monday = monday.AddDays(7), weeks++)
        {
            // 小明's talk every week on Wednesday; 小红's only every other week.
            var wednesday = monday.AddDays(2);
            h.SetLocal(wednesday.Year, wednesday.Month, wednesday.Day, 16);
            await h.Seed.AddAsync(Talk(ming.ChildId, teacher, monday, TalkMark.Good));
            if (weeks % 2 == 0) await h.Seed.AddAsync(Talk(hong.ChildId, teacher, monday, weeks % 4 == 0 ? TalkMark.Fair : TalkMark.Good));
            else expected++;

            var friday = monday.AddDays(4);
            h.SetLocal(friday.Year, friday.Month, friday.Day, 15);
            Assert.Equal(weeks % 2 == 0 ? 0 : 1, await h.RunAndDeliverAsync(JobNames.WeeklyTalk));
            Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyTalk)); // a second run the same week sends nothing
        }

        var reminders = h.Adapter.For(SeededFamily.User(teacher));
        Assert.Equal(20, weeks);
        Assert.Equal(expected, reminders.Count);
        Assert.All(reminders, r => Assert.Equal("本周还有1个孩子没记谈心：小红。回复「记谈心」开始，一个孩子一分钟。", r.Activity.Text));

        var report = await h.Get<ICareQueries>().GetCareReportAsync(TermStart, TermEnd,
            SchedulerHarness.ShanghaiTime(2026, 8, 31, 0), SchedulerHarness.ShanghaiTime(2027, 1, 16, 0));
        var row = Assert.Single(report.Teachers);
        Assert.Equal((teacher, 2, 30, 40), (row.TeacherId, row.PairedChildren, row.TalksRecorded, row.TalksExpected));
        Assert.Equal(0.75, row.TalkCoverage);
    }

    [Fact]
    public async Task Each_morning_the_head_teacher_gets_the_children_with_no_active_guardian_and_overdue_parents_are_asked_again_until_one_is_recorded()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 11, 2, 6), configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        var ming = await h.Seed.FamilyAsync(school, cls, "小明");
        await h.Seed.FamilyAsync(school, cls, "小刚", guardian: false);
        await h.Seed.FamilyAsync(school, cls, "小丽");

        h.SetLocal(2026, 11, 2, 7, 30);
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.GuardianCheck));
        Assert.Equal("今天有1个孩子没有在岗的监护人：小刚。请尽快联系家长登记临时监护人。", h.Adapter.For(SeededFamily.User(head))[^1].Activity.Text);

        // Monday evening 小明's grandpa goes into hospital.
        h.SetLocal(2026, 11, 2, 20, 0);
        await h.Seed.AddAsync(new CareConcern
        {
            ChildId = ming.ChildId, Kind = CareConcernKind.GuardianGap, Reason = "care", Text = "爷爷住院了", RaisedById = ming.Guardian,
            RaisedAt = h.Time.GetUtcNow(), DueAt = h.Time.GetUtcNow() + CareRules.GuardianDue,
        });
        h.SetLocal(2026, 11, 3, 7, 30);
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.GuardianCheck)); // not yet 24 hours: only the list
        Assert.Equal("今天有2个孩子没有在岗的监护人：小明、小刚。请尽快联系家长登记临时监护人。", h.Adapter.For(SeededFamily.User(head))[^1].Activity.Text);
        Assert.Empty(h.Adapter.For(SeededFamily.User(ming.Father)));

        h.SetLocal(2026, 11, 4, 7, 30);
        Assert.Equal(3, await h.RunAndDeliverAsync(JobNames.GuardianCheck));
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.GuardianCheck));
        Assert.Equal("今天有2个孩子没有在岗的监护人：小明（已超24小时）、小刚。请尽快联系家长登记临时监护人。", h.Adapter.For(SeededFamily.User(head))[^1].Activity.Text);
        Assert.Equal("小明还没有登记临时监护人，已经超过24小时，请您马上回复「临时监护人」告诉学校。", Assert.Single(h.Adapter.For(SeededFamily.User(ming.Mother))).Activity.Text);

        await h.Get<ICareService>().RecordGuardianAsync(Actor.Parent(ming.Father), ming.ChildId,
            new EntrustmentInput("王桂芳", null, "姑姑", new DateOnly(2026, 11, 4), EntrustmentNotice.Phone));
        h.SetLocal(2026, 11, 5, 7, 30);
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.GuardianCheck));
        Assert.Equal("今天有1个孩子没有在岗的监护人：小刚。请尽快联系家长登记临时监护人。", h.Adapter.For(SeededFamily.User(head))[^1].Activity.Text);
        Assert.Single(h.Adapter.For(SeededFamily.User(ming.Mother)));
    }

    private static WeeklyTalk Talk(int childId, int teacherId, DateOnly weekOf, TalkMark mood) => new()
    {
        ChildId = childId, TeacherId = teacherId, WeekOf = weekOf, Study = TalkMark.Good, Life = TalkMark.Good, Mood = mood,
        Friends = TalkMark.Good, Health = TalkMark.Good, Note = "还不错", RecordedAt = DateTimeOffset.UnixEpoch,
    };
}
