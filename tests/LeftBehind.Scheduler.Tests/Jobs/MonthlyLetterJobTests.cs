using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

public sealed class MonthlyLetterJobTests
{
    [Fact]
    public async Task Parents_get_a_one_tap_letter_prompt_and_the_guardian_is_asked_to_help_the_child_reply()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 1, 19, 0);

        Assert.Equal(3, await h.RunAndDeliverAsync(JobNames.MonthlyLetter));

        var father = Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)));
        Assert.Equal("这个月给小明写一封两地书吧。点“写信”开始。", father.Text);
        Assert.Equal(["写信"], father.Choices);
        Assert.Equal($"monthly-letter|{family.Father}|2026-11", father.OutboxKey);
        var guardian = Assert.Single(h.Adapter.For(SeededFamily.User(family.Guardian)));
        Assert.StartsWith("这个月请帮小明给爸爸妈妈写回信。", guardian.Text);
        Assert.Equal(["1", "2", "3"], guardian.Choices);
    }

    [Fact]
    public async Task Running_the_job_twice_in_a_month_sends_each_person_one_message()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 1, 19, 0);

        await h.RunAndDeliverAsync(JobNames.MonthlyLetter);
        h.SetLocal(2026, 11, 30, 23, 59);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.MonthlyLetter));

        Assert.Equal(3, h.Adapter.Sent.Count);
    }

    [Fact]
    public async Task The_month_is_the_local_month_even_when_utc_is_still_in_the_previous_one()
    {
        await using var h = await SchedulerHarness.CreateAsync(configure: o => o.QuietHours.Enabled = false);
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetUtc(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)); // 1 December 00:30 in Beijing

        await h.RunAndDeliverAsync(JobNames.MonthlyLetter);

        Assert.EndsWith("|2026-12", Assert.Single(h.Adapter.For(SeededFamily.User(family.Father))).OutboxKey);
    }

    [Fact]
    public async Task A_parent_of_two_children_gets_one_prompt_naming_both()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var first = await h.Seed.FamilyAsync(school, cls, "王小明");
        await h.Seed.AddAsync(new FamilyLink { ChildId = (await h.Seed.FamilyAsync(school, cls, "王小红", father: false, mother: false, guardian: false)).ChildId, PersonId = first.Father, Role = FamilyRole.Father });
        h.SetLocal(2026, 11, 1, 19, 0);

        await h.RunAndDeliverAsync(JobNames.MonthlyLetter);

        var prompt = Assert.Single(h.Adapter.For(SeededFamily.User(first.Father)));
        Assert.Contains("王小明、王小红", prompt.Text);
    }

    [Fact]
    public async Task When_no_guardian_can_be_reached_the_paired_teacher_helps_the_child_write_back()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var paired = await h.Seed.TeacherAsync(school);
        var alone = await h.Seed.FamilyAsync(school, cls, "刘阳", guardian: false, pairedTeacherId: paired);
        var unbound = await h.Seed.FamilyAsync(school, cls, "张浩然", bindGuardian: false, pairedTeacherId: paired);
        h.SetLocal(2026, 11, 1, 19, 0);

        await h.RunAndDeliverAsync(JobNames.MonthlyLetter);

        var teacher = Assert.Single(h.Adapter.For(SeededFamily.User(paired)));
        Assert.Contains("刘阳、张浩然", teacher.Text);
        Assert.Empty(h.Adapter.For(SeededFamily.User(unbound.Guardian)));
        Assert.Single(h.Adapter.For(SeededFamily.User(alone.Father)));
    }

    [Theory]
    [InlineData(2026, 2, 1, "春节（2月17日）")]
    [InlineData(2027, 9, 1, "中秋节（9月15日）")]
    [InlineData(2028, 5, 1, "端午节（5月28日）")]
    [InlineData(2030, 5, 10, "六一儿童节（6月1日）")]
    public async Task A_prompt_shortly_before_a_festival_mentions_it(int year, int month, int day, string mention)
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(year, month, day, 0, 0).AddHours(-1));
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(year, month, day, 19, 0);

        await h.RunAndDeliverAsync(JobNames.MonthlyLetter);

        Assert.StartsWith(mention + "快到了", Assert.Single(h.Adapter.For(SeededFamily.User(family.Father))).Text);
        Assert.StartsWith(mention[..mention.IndexOf('（')] + "快到了", Assert.Single(h.Adapter.For(SeededFamily.User(family.Guardian))).Text);
    }

    [Fact]
    public async Task Texts_follow_each_recipients_language()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        await h.Seed.PreferAsync(family.Father, p => p.Locale = "en");
        await h.Seed.PreferAsync(family.Mother, p => p.Locale = "zh-TW");
        h.SetLocal(2026, 11, 1, 19, 0);

        await h.RunAndDeliverAsync(JobNames.MonthlyLetter);

        var en = Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)));
        Assert.Equal("Write 小明 this month's letter. Tap \"Write letter\" to start.", en.Text);
        Assert.Equal("en", en.Activity.Locale);
        Assert.StartsWith("這個月給小明寫一封兩地書吧", Assert.Single(h.Adapter.For(SeededFamily.User(family.Mother))).Text);
    }
}
