using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Family;

/// <summary>
/// Left open by the play sessions: 「那小明呢」 in the middle of a flow about 王小红 (the grandfather at 「请哪天的假？」,
/// the father at 「想看王小红哪段时间的出勤？」) got 「没有这个选项」. Naming the other child that way switches the flow
/// to that child: its question is asked again for them.
/// </summary>
public sealed class OtherChildMidFlowTranscriptTests
{
    [Theory]
    [InlineData("那小明呢")]
    [InlineData("小明呢")]
    [InlineData("换成小明")]
    public async Task The_grandfather_naming_the_other_child_at_which_days_gets_the_leave_for_that_child(string other)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小红请假");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());

        await yeye.SendAsync(other);
        Assert.Equal("王小明请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
        yeye.NoMoreReplies();
        await yeye.SendAsync("明天");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("发烧");
        Assert.StartsWith("好了，王小明11月20日请假了，", yeye.AllReplies(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Sick, await h.StatusAsync("王小明", h.Today.AddDays(1)));
        Assert.Null(await h.StatusAsync("王小红", h.Today.AddDays(1)));
    }

    [Fact]
    public async Task The_father_naming_the_other_child_at_which_period_is_asked_the_period_for_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("王小红");
        Assert.StartsWith("想看王小红哪段时间的出勤？", dad.AllReplies(), StringComparison.Ordinal);

        await dad.SendAsync("那小明呢");
        Assert.Equal("想看王小明哪段时间的出勤？也可以直接说日期，比如「上周三」「11月5号」。", dad.Reply());
        dad.NoMoreReplies();
        await dad.SendAsync("今天");
        Assert.StartsWith("王小明今天", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_child_named_again_is_no_switch_and_the_question_waits_as_before()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明明天请假");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);

        // ChildNameAtLeaveReasonTranscriptTests: a name alone says no reason; 小明's leave goes on.
        await yeye.SendAsync("小明呢");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("生病");
        Assert.StartsWith("王小明11月20日请病假，对吗？", yeye.AllReplies(), StringComparison.Ordinal);
    }
}
