using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>#20 item 5: the head teacher's 家访 in a minute — the day, four findings, one sentence.</summary>
public sealed class HomeVisitTranscriptTests
{
    [Fact]
    public async Task Head_teacher_records_yesterdays_visit_one_finding_at_a_time_and_is_reminded_to_follow_up_what_needs_care()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await CarePeople.BoundAsync(h, "li", "BZR789");

        await li.SendAsync("记家访");
        Assert.StartsWith("记哪个孩子的家访？", li.Reply());
        await li.SendAsync("王小红");
        Assert.Equal("哪天去王小红家家访的？（比如：今天、12月3日）", li.Reply());
        await li.SendAsync("下周一");
        Assert.Equal("家访的日子还没到，请回复去的那天，比如「今天」。", li.Reply());
        await li.SendAsync("昨天");
        Assert.Equal("王小红家的住房安全怎么样？（也可以一次回4个数字，比如 1213）\n1. 好\n2. 一般\n3. 需要关心", li.Reply());
        await li.SendAsync("1");
        Assert.StartsWith("王小红家的监护照顾怎么样？", li.Reply());
        await li.SendAsync("一般");
        Assert.StartsWith("王小红家的学习条件怎么样？", li.Reply());
        await li.SendAsync("好");
        Assert.StartsWith("王小红家的孩子情绪怎么样？", li.Reply());
        await li.SendAsync("需要关心");
        Assert.Equal("用一句话记下看到的情况。", li.Reply());
        await li.SendAsync("奶奶腿脚不便，孩子晚上一个人写作业，说想妈妈");
        Assert.Equal("已记好：王小红的家访（11月18日）。需要关心的是孩子情绪，请记得跟进，需要时联系家长或学校心理老师。", li.Reply());
        li.NoMoreReplies();

        var visit = Assert.Single(await h.Get<ICareService>().GetHomeVisitsAsync(Actor.Admin, await CarePeople.ChildIdAsync(h, "王小红")));
        Assert.Equal((new DateOnly(2026, 11, 18), TalkMark.Good, TalkMark.Fair, TalkMark.Good, TalkMark.NeedsCare), (visit.On, visit.HomeSafety, visit.GuardianCare, visit.StudyPlace, visit.Mood));
        Assert.Equal("奶奶腿脚不便，孩子晚上一个人写作业，说想妈妈", visit.Note);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("上礼拜吧 记不清了")]
    public async Task Paired_teacher_who_answers_the_visit_day_with_no_date_is_asked_again_and_can_go_on(string notADay)
    {
        // Played as 王芳 at 390×844: "1" at 哪天去王小红家家访的？ answered "抱歉，刚才出了点问题" to it and to every
        // message after it (a null date in the validator) until she sent 0.
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        await wang.SendAsync("5");
        Assert.StartsWith("记哪个孩子的家访？", wang.Reply());
        await wang.SendAsync("王小红");
        Assert.Equal("哪天去王小红家家访的？（比如：今天、12月3日）", wang.Reply());

        await wang.SendAsync(notADay);
        Assert.Equal("没看懂日期，请回复比如「今天」或「12月3日」。", wang.Reply());
        await wang.SendAsync("昨天");
        Assert.StartsWith("王小红家的住房安全怎么样？", wang.Reply());
    }

    [Fact]
    public async Task All_four_findings_at_once_from_the_teacher_menu_and_the_visit_counts_in_the_term_report()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await CarePeople.BoundAsync(h, "li", "BZR789");
        await li.SendAsync("5");
        li.Reply();
        await li.SendAsync("刘阳");
        li.Reply();
        await li.SendAsync("今天");
        li.Reply();
        await li.SendAsync("1 1 2 1");
        Assert.Equal("用一句话记下看到的情况。", li.Reply());
        await li.SendAsync("外公照顾细心，书桌在窗边");
        Assert.Equal("已记好：刘阳的家访（11月19日）。", li.Reply());

        var report = await h.Get<ICareQueries>().GetCareReportAsync(new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 20),
            new DateTimeOffset(2026, 8, 31, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 20, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, report.Teachers.Sum(t => t.HomeVisits));
    }
}
