using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left open by the play sessions: 发骚 (the pinyin keyboard's wrong candidate for 发烧, fever) was not read as an
/// illness — a sick day became 事假, "小明发骚了 明天不去了" asked 为什么请假？ again, and the head teacher was sent
/// "原因：发骚了". In a leave it is the fever: the leave is a sick one and what the service writes (the teachers' notice,
/// the summary back) says 发烧; the record keeps the grandfather's words as he typed them.
/// </summary>
public sealed class LeaveIllnessTypoTranscriptTests
{
    [Fact]
    public async Task Fasao_as_the_reason_is_a_sick_leave_and_the_teachers_read_fashao()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("请假");
        Assert.StartsWith("哪个孩子请假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("小明");
        Assert.StartsWith("请哪天的假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("明天");
        Assert.Equal("为什么请假？\n1. 生病\n2. 有事", yeye.Reply());

        await yeye.SendAsync("发骚了");
        Assert.Equal("好了，王小明11月20日请假了，学校已经记下。", yeye.Reply());
        Assert.Equal("请假：王德福说王小明生病了，11月20日不能上学（1天）。原因：发烧了。", li.Reply());
        var child = await h.ChildAsync("王小明");
        var day = Assert.Single((await h.Get<IAttendanceService>().GetAsync(Actor.Admin, child.Id, h.Today.AddDays(1), h.Today.AddDays(1)))!.Days);
        Assert.Equal((AttendanceStatus.Sick, "发骚了"), (day.Status, day.Reason));
    }

    [Fact]
    public async Task Fasao_in_the_first_message_is_read_as_a_fever()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);

        await yeye.SendAsync("小明发骚了 明天不去了");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        Assert.StartsWith("好了，王小明11月20日请假了", yeye.Reply(), StringComparison.Ordinal);
        var notice = li.Reply();
        Assert.Contains("发烧", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("发骚", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fasao_asked_again_is_summed_up_as_fashao()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小明发烧了 明天不去了");
        Assert.StartsWith("王小明11月20日请病假，对吗？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("1");
        yeye.AllReplies();

        await yeye.SendAsync("请假");
        yeye.AllReplies();
        await yeye.SendAsync("小明");
        yeye.AllReplies();
        await yeye.SendAsync("明天");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("还在发骚");
        Assert.Equal("王小明11月20日已经请过假了，原因记为：还在发烧。", yeye.Reply());
    }
}
