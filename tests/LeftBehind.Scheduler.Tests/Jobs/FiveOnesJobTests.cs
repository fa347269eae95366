using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// #20 item 2 over the whole autumn term of the usual 校历 (1 September 2026 – 20 January 2027) and the vacations on
/// either side, the five-ones job run every day at its hour: each proxy parent's month filled from the records, the
/// missing items suggested once in the month's third week, nothing in the vacations or for a month that is done, and
/// each teacher's completion in the term report.
/// </summary>
public sealed class FiveOnesJobTests
{
    [Fact]
    public async Task Over_a_whole_term_each_proxy_parent_hears_once_a_month_in_the_third_week_what_is_still_missing_and_the_report_counts_it()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 8, 10, 9), configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        var wang = await h.Seed.TeacherAsync(school);
        var ming = await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: wang);
        var hong = await h.Seed.FamilyAsync(school, cls, "小红", pairedTeacherId: wang);
        // The head teacher is 小刚's proxy parent too: in touch with the head teacher by being one.
        var gang = await h.Seed.FamilyAsync(school, cls, "小刚", pairedTeacherId: head);
        var sent = new List<(DateOnly Day, int To, string Text)>();

        for (var day = new DateOnly(2026, 8, 10); day <= new DateOnly(2027, 2, 28); day = day.AddDays(1))
        {
            h.SetLocal(day.Year, day.Month, day.Day, 10);
            var inTerm = day >= new DateOnly(2026, 9, 1) && day <= new DateOnly(2027, 1, 20);
            if (inTerm && day.DayOfWeek == DayOfWeek.Wednesday)
            {
                // Weekly 谈心: 小明 and 小刚 all term, 小红 only in September.
                await h.Seed.AddAsync(Talk(ming.ChildId, wang, day, h.Time.GetUtcNow()));
                await h.Seed.AddAsync(Talk(gang.ChildId, head, day, h.Time.GetUtcNow()));
                if (day.Month == 9) await h.Seed.AddAsync(Talk(hong.ChildId, wang, day, h.Time.GetUtcNow()));
            }
            if (inTerm && day.Day == 10)
            {
                // 小明 writes home with 王芳's help and she talks with the head teacher about him; 小刚's letter, his grandma met.
                await h.Seed.AddAsync(new Letter { ChildId = ming.ChildId, Direction = LetterDirection.FromChild, AuthorId = wang, Text = "爸爸妈妈好", CreatedAt = h.Time.GetUtcNow() });
                await h.Seed.AddAsync(Logged(ming.ChildId, wang, CareVisitKind.HeadTeacherContact, day));
                await h.Seed.AddAsync(new Letter { ChildId = gang.ChildId, Direction = LetterDirection.FromChild, AuthorId = head, Text = "妈妈好", CreatedAt = h.Time.GetUtcNow() });
                await h.Seed.AddAsync(Logged(gang.ChildId, head, CareVisitKind.GuardianContact, day));
            }
            if (day == new DateOnly(2026, 9, 10)) await h.Seed.AddAsync(Logged(gang.ChildId, head, CareVisitKind.Festival, day)); // 教师节 together
            if (day == new DateOnly(2026, 9, 25)) await h.Seed.AddAsync(Logged(ming.ChildId, wang, CareVisitKind.Festival, day)); // 中秋
            if (day == new DateOnly(2026, 11, 4))
            {
                // 王芳 answers 小明's grandpa: a contact with the guardian, counted from the question itself.
                await h.Seed.AddAsync(new Question
                {
                    ChildId = ming.ChildId, AskedById = ming.Guardian, AssignedTeacherId = wang, Text = "孩子作业多吗", Status = QuestionStatus.Answered, Answer = "不多",
                    AnsweredById = wang, CreatedAt = h.Time.GetUtcNow(), AssignedAt = h.Time.GetUtcNow(), AnsweredAt = h.Time.GetUtcNow(),
                });
            }

            h.SetLocal(day.Year, day.Month, day.Day, 16, 30);
            var before = new[] { wang, head }.ToDictionary(p => p, p => h.Adapter.For(SeededFamily.User(p)).Count);
            await h.RunAndDeliverAsync(JobNames.FiveOnes);
            Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.FiveOnes)); // a rerun the same day sends nothing
            foreach (var (to, count) in before)
                sent.AddRange(h.Adapter.For(SeededFamily.User(to)).Skip(count).Select(s => (day, to, s.Activity.Text!)));
        }

        // Once a month, on the first school day from the 15th: 16 November (the 15th is a Sunday). Nothing in August
        // or February (no school day from the 15th to the 21st), nothing ever for the head teacher, whose months are done.
        Assert.Equal(
            [new DateOnly(2026, 9, 15), new DateOnly(2026, 10, 15), new DateOnly(2026, 11, 16), new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 15)],
            sent.Select(s => s.Day));
        Assert.All(sent, s => Assert.Equal(wang, s.To));
        Assert.Equal(5, h.Adapter.For(SeededFamily.User(wang)).Count);
        Assert.Empty(h.Adapter.For(SeededFamily.User(head)));
        // The outbox key is the job's name, the teacher and the catalogue entry's month (five-ones|teacher|2026-09), as
        // before the message moved into the catalogue: one message a teacher and month, nothing queued twice.
        Assert.Equal("2026-09", LeftBehind.Dialogs.Notifications.FamilyNotifications.FiveOnesMissing(new DateOnly(2026, 9, 1), []).Key);
        Assert.Equal(LeftBehind.Scheduler.Outbox.OutboxKey.ActivityId(LeftBehind.Scheduler.Outbox.OutboxKey.Of(JobNames.FiveOnes, wang, "2026-09")),
            h.Adapter.For(SeededFamily.User(wang))[0].Activity.Id);

        // September names the festival (中秋 ahead); 小明 has his letter and his talks already.
        Assert.Equal("这个月的“五个一”还差几件，月底前方便时做就好：帮孩子和爸妈通个电话或写封信（小红）；和班主任聊聊孩子（小红）；和监护人联系一次（小明、小红）；今年陪孩子过一个节日（小明、小红）。做了回复「记五个一」记一笔。",
            sent[0].Text);
        // October: no festival line (not a month before one); 小红 had no talk this month.
        Assert.Equal("这个月的“五个一”还差几件，月底前方便时做就好：和孩子谈一次心（小红）；帮孩子和爸妈通个电话或写封信（小红）；和班主任聊聊孩子（小红）；和监护人联系一次（小明、小红）。做了回复「记五个一」记一笔。",
            sent[1].Text);
        // November: 小明's month is done (the answered question is the guardian contact).
        Assert.DoesNotContain("小明", sent[2].Text, StringComparison.Ordinal);
        // December names the festival again, but only for 小红: 小明's 中秋 counts for the year.
        Assert.Contains("今年陪孩子过一个节日（小红）", sent[3].Text, StringComparison.Ordinal);

        // The term report: four items a month for September to January, the festival once per child.
        var report = await h.Get<ICareQueries>().GetCareReportAsync(new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 20),
            SchedulerHarness.ShanghaiTime(2026, 9, 1, 0), SchedulerHarness.ShanghaiTime(2027, 1, 21, 0));
        Assert.Equal(5, report.FiveOnesMonths);
        var wangRow = report.Teachers.Single(t => t.TeacherId == wang);
        // 小明: talk, letter and head teacher each month (15), the guardian in November (1), the festival (1); 小红: September's talk.
        Assert.Equal((18, 42), (wangRow.FiveOnesDone, wangRow.FiveOnesExpected));
        var headRow = report.Teachers.Single(t => t.TeacherId == head);
        Assert.Equal((21, 21), (headRow.FiveOnesDone, headRow.FiveOnesExpected));
        Assert.Equal(new FiveOnesCount(FiveOnesItem.ChildContact, 11, 15), report.FiveOnes.Single(c => c.Item == FiveOnesItem.ChildContact));
        Assert.Equal(new FiveOnesCount(FiveOnesItem.Festival, 2, 3), report.FiveOnes.Single(c => c.Item == FiveOnesItem.Festival));
    }

    [Fact]
    public async Task Before_the_first_month_of_a_term_has_ended_nothing_is_owed_yet()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 9, 20, 12));
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var wang = await h.Seed.TeacherAsync(school);
        await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: wang);

        var report = await h.Get<ICareQueries>().GetCareReportAsync(new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 20),
            SchedulerHarness.ShanghaiTime(2026, 9, 1, 0), SchedulerHarness.ShanghaiTime(2027, 1, 21, 0));
        Assert.Equal(0, report.FiveOnesMonths);
        Assert.Equal((0, 0, null), (report.Teachers[0].FiveOnesDone, report.Teachers[0].FiveOnesExpected, report.Teachers[0].FiveOnesCompletion));
    }

    private static WeeklyTalk Talk(int childId, int teacherId, DateOnly day, DateTimeOffset at) => new()
    {
        ChildId = childId, TeacherId = teacherId, WeekOf = CareRules.WeekOf(day), Study = TalkMark.Good, Life = TalkMark.Good, Mood = TalkMark.Good,
        Friends = TalkMark.Good, Health = TalkMark.Good, Note = "还不错", RecordedAt = at,
    };

    private static CareVisit Logged(int childId, int teacherId, CareVisitKind kind, DateOnly on) =>
        new() { ChildId = childId, TeacherId = teacherId, Kind = kind, On = on, RecordedAt = DateTimeOffset.UnixEpoch };
}
