using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left open by the play sessions: a grandfather typing only 「小明发烧了」 got 没有这个选项 and the menu. A child's
/// illness said in a few words is what a grandparent says to report the sick day: the leave is begun for that child,
/// only the day is asked, and it is confirmed once before the school is told; 不用 there leaves nothing recorded.
/// </summary>
public sealed class IllnessAloneTranscriptTests
{
    [Theory]
    [InlineData("小明发烧了")]
    [InlineData("小明发骚了")]
    [InlineData("小明感冒了")]
    public async Task A_childs_illness_said_alone_at_the_menu_begins_the_sick_leave(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync(typed);
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
        yeye.NoMoreReplies();
    }

    [Fact]
    public async Task The_sick_day_begun_by_the_illness_is_confirmed_once_and_keeps_the_illness_as_the_reason()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小明发烧了");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
        await yeye.SendAsync("今天");
        Assert.Equal("王小明11月19日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        Assert.Equal("好了，王小明11月19日请假了，学校已经记下。", yeye.Reply());
        var ming = await h.ChildAsync("王小明");
        var day = Assert.Single((await h.Get<IAttendanceService>().GetAsync(Actor.Admin, ming.Id, h.Today, h.Today))!.Days);
        Assert.Equal((AttendanceStatus.Sick, "小明发烧了"), (day.Status, day.Reason));
    }

    [Fact]
    public async Task The_illness_said_with_nothing_active_begins_the_sick_leave_too()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("好");
        yeye.AllReplies();
        await yeye.SendAsync("小红发烧了");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
    }
}
