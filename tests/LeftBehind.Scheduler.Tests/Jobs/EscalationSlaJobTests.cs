using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Quartz;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Scheduler;

public sealed class EscalationSlaJobTests
{
    [Fact]
    public async Task An_unanswered_question_reminds_the_teacher_after_n_hours_and_the_head_teacher_after_m()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o =>
        {
            o.QuietHours.Enabled = false;
            o.Rules.QuestionReminderHours = 4;
            o.Rules.QuestionHeadTeacherHours = 8;
        });
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        var paired = await h.Seed.TeacherAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: paired);
        var asked = h.Time.GetUtcNow();
        await h.Seed.AddAsync(new Question { ChildId = family.ChildId, AskedById = family.Father, AssignedTeacherId = paired, Text = "孩子最近作业多吗？", CreatedAt = asked, AssignedAt = asked });

        h.Time.Advance(TimeSpan.FromHours(3.9));
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.EscalationSla));
        h.Time.Advance(TimeSpan.FromHours(0.1));
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.EscalationSla));
        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.EscalationSla));
        h.Time.Advance(TimeSpan.FromHours(4));
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.EscalationSla));

        Assert.Equal("有一位家长的问题已经等了4小时，请尽快回复。", Assert.Single(h.Adapter.For(SeededFamily.User(paired))).Text);
        Assert.Equal("一位家长的问题已经8小时没有人回复，请安排处理。", Assert.Single(h.Adapter.For(SeededFamily.User(head))).Text);
        await using var db = h.Db();
        Assert.Equal(2, (await db.Questions.SingleAsync()).EscalationLevel);
    }

    [Fact]
    public async Task An_urgent_question_alerts_teacher_and_head_teacher_within_minutes_at_night()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.Rules.UrgentQuestionMinutes = 5);
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        var paired = await h.Seed.TeacherAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", pairedTeacherId: paired);
        h.SetLocal(2026, 11, 17, 23, 0);
        var asked = h.Time.GetUtcNow();
        await h.Seed.AddAsync(new Question { ChildId = family.ChildId, AskedById = family.Father, AssignedTeacherId = paired, Text = "孩子发烧了怎么办", Urgent = true, CreatedAt = asked, AssignedAt = asked });

        h.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.EscalationSla));
        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.EscalationSla));

        Assert.StartsWith("紧急", Assert.Single(h.Adapter.For(SeededFamily.User(paired))).Text);
        Assert.StartsWith("紧急", Assert.Single(h.Adapter.For(SeededFamily.User(head))).Text);
    }

    [Fact]
    public async Task An_answered_question_is_left_alone()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var (family, head) = await OutboxDeliveryTests.OneFamilyAsync(h);
        var asked = h.Time.GetUtcNow();
        await h.Seed.AddAsync(new Question { ChildId = family.ChildId, AskedById = family.Father, AssignedTeacherId = head, Text = "q", Status = QuestionStatus.Answered, CreatedAt = asked, AssignedAt = asked });
        h.Time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.EscalationSla));
    }
}
