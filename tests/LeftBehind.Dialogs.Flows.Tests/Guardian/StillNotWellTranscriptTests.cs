using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left open by the play sessions: 咋还没好 (the grandchild home sick is still not well) got 没有这个选项. What the
/// grandfather expects is the sick leave going on: the leave is offered for the child of his last leave, only the
/// days are asked, and it is confirmed once before the school is told.
/// </summary>
public sealed class StillNotWellTranscriptTests
{
    [Theory]
    [InlineData("咋还没好")]
    [InlineData("怎么还不见好")]
    [InlineData("还没好呢")]
    public async Task Still_not_well_after_a_sick_leave_offers_to_extend_it(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小红发烧了 今天不去了");
        Assert.Equal("王小红11月19日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        Assert.StartsWith("好了，王小红11月19日请假了", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync(typed);
        Assert.Equal("王小红还没好，接着请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
        await yeye.SendAsync("明天");
        Assert.Equal("王小红11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("中");
        Assert.StartsWith("好了，王小红11月20日请假了", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Sick, await h.StatusAsync("王小红", h.Today.AddDays(1)));
    }

    /// <summary>
    /// Left open by the play sessions: the leave going on was recorded with 「咋还没好」 as its reason, and the teachers
    /// were told that as the reason; the illness (发烧) was lost. The sick leave that goes on keeps its reason.
    /// </summary>
    [Fact]
    public async Task Still_not_well_keeps_the_reason_of_the_sick_leave_it_goes_on_from()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小红发烧了 今天不去了");
        yeye.Reply();
        await yeye.SendAsync("对");
        yeye.Reply();

        await yeye.SendAsync("咋还没好");
        yeye.Reply();
        await yeye.SendAsync("明天");
        Assert.Equal("王小红11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        yeye.Reply();
        var hong = await h.ChildAsync("王小红");
        var day = Assert.Single((await h.Get<IAttendanceService>().GetAsync(Actor.Admin, hong.Id, h.Today.AddDays(1), h.Today.AddDays(1)))!.Days);
        Assert.Equal((AttendanceStatus.Sick, "小红发烧了"), (day.Status, day.Reason));
    }

    [Fact]
    public async Task Still_not_well_with_no_leave_before_asks_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("咋还没好");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("小明");
        Assert.Equal("王小明还没好，接着请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
    }

    [Fact]
    public async Task Still_not_well_as_the_reason_is_a_sick_leave()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("请假");
        yeye.AllReplies();
        await yeye.SendAsync("小明");
        yeye.AllReplies();
        await yeye.SendAsync("今天");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("咋还没好");
        Assert.StartsWith("好了，王小明11月19日请假了", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Sick, await h.StatusAsync("王小明", h.Today));
    }
}
