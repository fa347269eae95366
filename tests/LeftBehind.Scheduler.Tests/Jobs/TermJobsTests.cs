using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// #20 item 5 over the whole autumn term of the usual 校历 (1 September 2026 – 20 January 2027, 国庆 1–7 October off),
/// every job run every day at its hour: 家访 prompts every other Monday from week 3 until every child is visited, the
/// 座谈会 invitations once, no 谈心 reminder in a holiday week or the vacation, and the 学期通报 once on the last day.
/// </summary>
public sealed class TermJobsTests
{
    [Fact]
    public async Task Over_a_whole_term_head_teachers_are_prompted_to_visit_families_and_every_family_gets_its_term_notice_once()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 8, 28, 12), configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        var teacher = await h.Seed.TeacherAsync(school);
        var ming = await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: teacher);
        var hong = await h.Seed.FamilyAsync(school, cls, "小红");
        var prompts = new List<(DateOnly Day, string Text)>();
        var talkReminders = new List<DateOnly>();
        var meetingId = 0;

        for (var day = new DateOnly(2026, 8, 29); day <= new DateOnly(2027, 1, 31); day = day.AddDays(1))
        {
            if (day == new DateOnly(2026, 10, 20)) await h.Seed.AddAsync(Visit(ming.ChildId, head, day));
            if (day == new DateOnly(2026, 12, 1))
            {
                await h.Seed.AddAsync(Visit(hong.ChildId, head, day));
                h.SetLocal(day.Year, day.Month, day.Day, 9);
                meetingId = (await h.Get<IMeetingService>().ScheduleAsync(Actor.Admin,
                    new MeetingInput(school.Id, cls.Id, "期末座谈会", SchedulerHarness.ShanghaiTime(2026, 12, 18, 15), "三楼会议室"))).Id;
            }
            if (day.DayOfWeek == DayOfWeek.Wednesday && day >= new DateOnly(2026, 9, 1) && day <= new DateOnly(2027, 1, 20))
            {
                h.SetLocal(day.Year, day.Month, day.Day, 10);
                await h.Seed.AddAsync(Talk(ming.ChildId, teacher, day.AddDays(-2), day.Month == 1 ? "这周主动帮同学打扫教室" : "还不错"));
                await h.Seed.AddAsync(new AttendanceRecord { ChildId = ming.ChildId, Date = day, Status = day.Month == 11 ? AttendanceStatus.Leave : AttendanceStatus.Present, RecordedAt = h.Time.GetUtcNow() });
            }

            h.SetLocal(day.Year, day.Month, day.Day, 10);
            Assert.Equal(day == new DateOnly(2026, 12, 1) ? 6 : 0, await h.RunAndDeliverAsync(JobNames.MeetingInvite));
            h.SetLocal(day.Year, day.Month, day.Day, 15);
            // On Fridays, as its schedule runs it.
            if (day.DayOfWeek == DayOfWeek.Friday && await h.RunAndDeliverAsync(JobNames.WeeklyTalk) > 0) talkReminders.Add(day);
            h.SetLocal(day.Year, day.Month, day.Day, 16);
            var before = h.Adapter.For(SeededFamily.User(head)).Count;
            await h.RunAndDeliverAsync(JobNames.HomeVisit);
            Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.HomeVisit)); // a second run sends nothing
            prompts.AddRange(h.Adapter.For(SeededFamily.User(head)).Skip(before).Select(s => (day, s.Activity.Text!)));
            h.SetLocal(day.Year, day.Month, day.Day, 17);
            var notices = await h.RunAndDeliverAsync(JobNames.TermNotice);
            Assert.Equal(day == new DateOnly(2027, 1, 20) ? 6 : 0, notices);
        }

        // 家访: weeks 3, 5, 7 (both children), 9, 11, 13 (小红 only); none after her visit on 1 December.
        Assert.Equal(
            [(new DateOnly(2026, 9, 14), 2), (new DateOnly(2026, 9, 28), 2), (new DateOnly(2026, 10, 12), 2),
             (new DateOnly(2026, 10, 26), 1), (new DateOnly(2026, 11, 9), 1), (new DateOnly(2026, 11, 23), 1)],
            prompts.Select(p => (p.Day, p.Text.Contains("小明", StringComparison.Ordinal) ? 2 : 1)));
        // Names in class order (学号); the seed's numbers are random, so either order.
        Assert.Contains(prompts[0].Text, new[] { "本学期还有2个孩子没家访：小明、小红。回复「记家访」记录，一个孩子一分钟。", "本学期还有2个孩子没家访：小红、小明。回复「记家访」记录，一个孩子一分钟。" });
        Assert.Equal("本学期还有1个孩子没家访：小红。回复「记家访」记录，一个孩子一分钟。", prompts[^1].Text);

        // 谈心: 小明's talk is in every school week, so no reminder at all, neither in the vacations.
        Assert.Empty(talkReminders);

        // 座谈会: each of the six family members invited once, with 参加 / 不参加.
        var invitation = Assert.Single(h.Adapter.For(SeededFamily.User(hong.Guardian)), s => s.Activity.Text!.StartsWith("【座谈会】", StringComparison.Ordinal));
        Assert.Equal("【座谈会】学校请小红的家长参加“期末座谈会”，12月18日 15:00在三楼会议室。请回复 1 参加，或 2 不参加。", invitation.Activity.Text);
        Assert.All(await h.Get<IMeetingService>().GetInvitationsAsync(Actor.Admin, meetingId), i => Assert.NotNull(i.InvitedAt));

        // 学期通报: the parents get every part, the grandfather one short sentence; no mark is ever named.
        var toFather = Assert.Single(h.Adapter.For(SeededFamily.User(ming.Father)), s => s.Activity.Text!.StartsWith("【学期通报】", StringComparison.Ordinal)).Activity.Text;
        Assert.Equal("【学期通报】小明这学期：\n到校17天，请假4天，缺勤0天。\n两地书：爸妈写了0封，孩子回了0封。\n亲情电话0次。\n王芳老师说：“这周主动帮同学打扫教室”\n小明大多数时候心情不错，和同学相处得好。", toFather);
        var toGrandpa = Assert.Single(h.Adapter.For(SeededFamily.User(ming.Guardian)), s => s.Activity.Text!.StartsWith("【学期通报】", StringComparison.Ordinal)).Activity.Text;
        Assert.Equal("【学期通报】小明这学期到校17天，请假4天，缺勤0天。小明大多数时候心情不错，和同学相处得好。", toGrandpa);
        var toHongsMother = Assert.Single(h.Adapter.For(SeededFamily.User(hong.Mother)), s => s.Activity.Text!.StartsWith("【学期通报】", StringComparison.Ordinal)).Activity.Text;
        Assert.EndsWith("老师会继续关心小红的心情和交友。", toHongsMother);
        Assert.DoesNotContain(h.Adapter.Sent, s => s.Activity.Text!.Contains("需要关心", StringComparison.Ordinal) || s.Activity.Text.Contains("一般", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_weekly_talk_reminder_goes_out_in_the_summer_or_the_winter_vacation()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 8, 20, 12), configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var teacher = await h.Seed.TeacherAsync(school);
        await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: teacher);

        h.SetLocal(2026, 8, 21, 15);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyTalk)); // summer vacation
        h.SetLocal(2026, 10, 2, 15);
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.WeeklyTalk)); // 28–30 September were school days
        h.SetLocal(2027, 1, 29, 15);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.WeeklyTalk)); // winter vacation
    }

    [Fact]
    public void A_week_that_is_all_holiday_has_no_school_day_and_is_not_a_talk_week()
    {
        var term = new LeftBehind.Archive.Terms.SchoolTerm
        {
            Name = "2026秋", Start = new DateOnly(2026, 9, 1), End = new DateOnly(2026, 10, 30),
            Holidays = [new() { Name = "国庆", From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 10, 9) }],
        };
        Assert.DoesNotContain(Enumerable.Range(0, 5).Select(i => new DateOnly(2026, 10, 5).AddDays(i)), term.InSession);
        Assert.True(term.InSession(new DateOnly(2026, 9, 30)));
        Assert.False(term.InSession(new DateOnly(2026, 9, 5))); // a Saturday
        Assert.Equal(3, term.WeekOf(new DateOnly(2026, 9, 14)));
        Assert.Equal(8, term.SchoolWeeks(term.End)); // nine calendar weeks, one all holiday
    }

    private static CareVisit Visit(int childId, int headId, DateOnly on) => new()
    {
        ChildId = childId, TeacherId = headId, Kind = CareVisitKind.HomeVisit, On = on, Note = "爷爷照顾得很好", RecordedAt = DateTimeOffset.UnixEpoch,
        HomeSafety = TalkMark.Good, GuardianCare = TalkMark.Good, StudyPlace = TalkMark.Fair, Mood = TalkMark.Good,
    };

    private static WeeklyTalk Talk(int childId, int teacherId, DateOnly weekOf, string note) => new()
    {
        ChildId = childId, TeacherId = teacherId, WeekOf = weekOf, Study = TalkMark.Good, Life = TalkMark.Good, Mood = TalkMark.Good,
        Friends = TalkMark.Good, Health = TalkMark.Fair, Note = note, RecordedAt = DateTimeOffset.UnixEpoch,
    };
}
