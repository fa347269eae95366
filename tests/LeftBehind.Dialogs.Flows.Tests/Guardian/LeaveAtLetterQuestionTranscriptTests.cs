using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather through the WeChat simulator: reading the father's letter, at 读给孩子听了吗？ he
/// wrote 小红明天也不去了 发烧, was told 没有这个选项 twice, answered 嗯, and the letters were left — the sick day was never
/// reported, while he believed it was. A grandparent's news that a child of theirs is ill or will not go to school is
/// the leave, at any question outside the leave itself: it leaves the question and begins the leave.
/// </summary>
public sealed class LeaveAtLetterQuestionTranscriptTests
{
    [Theory]
    [InlineData("小红明天也不去了 发烧", "王小红11月20日请病假，对吗？")]
    [InlineData("小红明天发烧不去学校了", "王小红11月20日请病假，对吗？")]
    [InlineData("对了 小红明天不去上学", "为什么请假？")]
    public async Task A_childs_absence_said_while_reading_a_letter_begins_the_leave(string news, string asked)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await grandpa.SendAsync("看信");
        Assert.Equal("看哪个孩子的信？\n1. 王小明\n2. 王小红", grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.EndsWith("读给孩子听了吗？\n1. 已读给孩子听\n2. 下一封\n3. 不看了", grandpa.AllReplies(), StringComparison.Ordinal);

        await grandpa.SendAsync(news);
        var replies = grandpa.AllReplies();
        Assert.DoesNotContain("没有这个选项", replies, StringComparison.Ordinal);
        Assert.StartsWith(asked, replies, StringComparison.Ordinal);
    }
}
