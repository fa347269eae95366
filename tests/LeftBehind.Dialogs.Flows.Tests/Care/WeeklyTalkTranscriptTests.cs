using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>#20 item 1, weekly 谈心 in a minute: the paired teacher's five marks and a sentence, a warm line for the parents.</summary>
public sealed class WeeklyTalkTranscriptTests
{
    [Fact]
    public async Task Paired_teacher_records_the_week_with_five_digits_and_mum_gets_a_warm_line_without_marks()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        var mum = await CarePeople.BoundAsync(h, "mum", "MAMA45");

        await wang.SendAsync("记谈心");
        Assert.Equal("记哪个孩子这周的谈心？\n1. 王小明\n2. 王小红\n3. 刘阳", wang.Reply());
        await wang.SendAsync("1");
        Assert.Equal("王小明这周的学习怎么样？（也可以一次回5个数字，比如 11213）\n1. 好\n2. 一般\n3. 需要关心", wang.Reply());
        await wang.SendAsync("11213");
        Assert.Equal("用一句话说说王小明这周的情况。", wang.Reply());
        await wang.SendAsync("数学进步很大，就是有点咳嗽");
        Assert.Equal("发给家长的话：\n【每周谈心】\n王小明这周学习、生活、交友都不错。\n老师会多关心王小明的身体。\n王芳老师说：“数学进步很大，就是有点咳嗽”\n要发给家长吗？\n1. 发给家长\n2. 这次先不发", wang.Reply());
        await wang.SendAsync("1");
        Assert.Equal("谈心已记好；王建军还没开通，开通后会收到。", wang.Reply());
        wang.NoMoreReplies();

        var line = mum.Reply();
        Assert.StartsWith("【每周谈心】\n王小明这周学习、生活、交友都不错。", line);
        Assert.DoesNotContain("需要关心", line, StringComparison.Ordinal);
        Assert.DoesNotContain("一般", line, StringComparison.Ordinal);
        var talk = Assert.Single(await h.Get<ICareService>().GetTalksAsync(Actor.Admin, await CarePeople.ChildIdAsync(h, "王小明"), 10));
        Assert.Equal((new DateOnly(2026, 11, 16), TalkMark.Fair, TalkMark.Good, TalkMark.NeedsCare), (talk.WeekOf, talk.Mood, talk.Friends, talk.Health));
    }

    [Fact]
    public async Task Five_words_at_once_are_read_like_five_digits()
    {
        // Found playing the paired teacher: "好 好 一般 好 好" was refused with "请回复 1 好、2 一般、3 需要关心".
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");

        await wang.SendAsync("记谈心");
        wang.Reply();
        await wang.SendAsync("1");
        wang.Reply();
        await wang.SendAsync("好 好 一般、好，需要关心");
        Assert.Equal("用一句话说说王小明这周的情况。", wang.Reply());
        await wang.SendAsync("这周挺开心的，数学有进步");
        Assert.StartsWith("发给家长的话：", wang.Reply());
        await wang.SendAsync("1");
        wang.AllReplies();

        var talk = Assert.Single(await h.Get<ICareService>().GetTalksAsync(Actor.Admin, await CarePeople.ChildIdAsync(h, "王小明"), 10));
        Assert.Equal((TalkMark.Good, TalkMark.Good, TalkMark.Fair, TalkMark.Good, TalkMark.NeedsCare), (talk.Study, talk.Life, talk.Mood, talk.Friends, talk.Health));
    }

    [Fact]
    public async Task Marks_one_at_a_time_in_words_and_the_teacher_holds_the_line_back()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        var mum = await CarePeople.BoundAsync(h, "mum", "MAMA45");

        await wang.SendAsync("4");
        wang.Reply();
        await wang.SendAsync("王小红");
        Assert.StartsWith("王小红这周的学习怎么样？", wang.Reply());
        await wang.SendAsync("好");
        Assert.StartsWith("王小红这周的生活怎么样？\n1. 好", wang.Reply());
        await wang.SendAsync("5");
        Assert.Equal("请回复 1 好、2 一般、3 需要关心。", wang.Reply());
        await wang.SendAsync("一般");
        Assert.StartsWith("王小红这周的情绪怎么样？", wang.Reply());
        await wang.SendAsync("1");
        Assert.StartsWith("王小红这周的交友怎么样？", wang.Reply());
        await wang.SendAsync("需要关心");
        Assert.StartsWith("王小红这周的身体怎么样？", wang.Reply());
        await wang.SendAsync("好");
        wang.Reply();
        await wang.SendAsync("跟同桌闹了点别扭，我再看看");
        Assert.Contains("老师会多关心王小红的交友。", wang.Reply());
        await wang.SendAsync("2");
        Assert.Equal("谈心已记好，这次没有发给家长。", wang.Reply());
        mum.NoMoreReplies();
        Assert.True((await h.Get<ICareService>().GetTalksAsync(Actor.Admin, await CarePeople.ChildIdAsync(h, "王小红"), 10)).Single().HeldBack);
    }

    [Fact]
    public async Task A_concern_for_a_head_teacher_who_unfollowed_names_her_as_unfollowed_and_not_as_not_opened()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        var head = await CarePeople.BoundAsync(h, "li", "BZR789");
        var counsellor = (await CarePeople.FamilyAsync(h, "黄俊杰")).HeadTeacher!;
        await h.Get<ICareService>().AssignStaffRoleAsync(Actor.Admin, counsellor.Id, StaffRole.Counsellor);
        Assert.NotNull(await h.Get<IBindingService>().SuspendAsync(LeftBehind.Dialogs.Schema.Channels.Test, head.UserId));

        await RecordAsync(wang, "11311", "这周话不多");
        wang.Reply();
        h.Time.Advance(TimeSpan.FromDays(7));
        await RecordAsync(wang, "11311", "还是不太开心");
        wang.Reply();

        Assert.Equal("王小明：情绪连续两周需要关心，请在11月29日12:00前跟进；张建国还没开通，请打电话告诉他们。李红梅已取消关注微信，请您打电话告诉他们。", wang.Reply());
    }

    [Fact]
    public async Task Mood_needing_care_two_weeks_running_opens_a_concern_for_the_head_teacher_and_the_counsellor_with_a_due_date()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        var head = await CarePeople.BoundAsync(h, "li", "BZR789");
        var counsellor = (await CarePeople.FamilyAsync(h, "黄俊杰")).HeadTeacher!;
        await h.Get<ICareService>().AssignStaffRoleAsync(Actor.Admin, counsellor.Id, StaffRole.Counsellor);

        await RecordAsync(wang, "11311", "这周话不多");
        Assert.Equal("谈心已记好；王建军、刘丽还没开通，开通后会收到。", wang.Reply());
        wang.NoMoreReplies();
        head.NoMoreReplies();

        h.Time.Advance(TimeSpan.FromDays(7));
        await RecordAsync(wang, "11311", "还是不太开心");
        wang.Reply();
        Assert.Equal("王小明：情绪连续两周需要关心，已告诉李红梅，请在11月29日12:00前跟进。张建国还没开通，请打电话告诉他们。", wang.Reply());
        Assert.Equal("【需要关心】王小明：情绪连续两周需要关心。王芳老师记的谈心：“还是不太开心”\n请在11月29日12:00前约谈孩子并回访家长。", head.Reply());

        var concern = Assert.Single(await h.Get<ICareService>().GetOpenConcernsAsync(Actor.Admin));
        Assert.Equal((CareConcernKind.Wellbeing, "mood-twice", h.Time.GetUtcNow().AddDays(3)), (concern.Kind, concern.Reason, concern.DueAt));
        var trend = await h.Get<ICareService>().GetTalksAsync(Actor.Admin, concern.ChildId, 10);
        Assert.Equal([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 16)], trend.Select(t => t.WeekOf));
    }

    [Fact]
    public async Task A_worrying_sentence_opens_the_concern_in_the_first_week()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        var head = await CarePeople.BoundAsync(h, "li", "BZR789");

        await RecordAsync(wang, "12121", "他说同学都孤立他，不想上学");
        Assert.StartsWith("谈心已记好", wang.Reply());
        Assert.StartsWith("王小明：谈心记录里有值得重视的情况，已告诉李红梅，", wang.Reply());
        Assert.StartsWith("【需要关心】王小明：谈心记录里有值得重视的情况。", head.Reply());
    }

    [Fact]
    public async Task Typing_the_menu_title_after_another_flow_starts_the_weekly_talk_not_a_note()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        await wang.SendAsync("写记录");
        wang.Reply();
        await wang.SendAsync("算了");
        wang.Reply();
        await wang.SendAsync("记谈心");
        Assert.Equal("记哪个孩子这周的谈心？\n1. 王小明\n2. 王小红\n3. 刘阳", wang.Reply());
    }

    [Fact]
    public async Task A_parent_or_guardian_has_no_weekly_talk_to_record()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await CarePeople.BoundAsync(h, "yeye", "YEYE67");
        await grandpa.SendAsync("记谈心");
        Assert.DoesNotContain("这周的学习怎么样", grandpa.AllReplies(), StringComparison.Ordinal);
    }

    private static async Task RecordAsync(Phone teacher, string marks, string note)
    {
        await teacher.SendAsync("记谈心");
        teacher.Reply();
        await teacher.SendAsync("王小明");
        teacher.Reply();
        await teacher.SendAsync(marks);
        teacher.Reply();
        await teacher.SendAsync(note);
        teacher.Reply();
        await teacher.SendAsync("发给家长");
    }
}
