using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left by the previous round: only parents had their last child remembered for a follow-up. The grandfather of
/// 王小明 and 王小红 who just asked about 小明 and goes on with 那小红呢 or 另外…, or who just reported 小明's leave
/// and adds 另外下周一也请假, was shown the menu or asked which child again. A follow-up a moment later is about the
/// child just asked about, or the one it names.
/// </summary>
public sealed class GuardianFollowUpKeepsChildTranscriptTests
{
    [Fact]
    public async Task After_asking_about_xiaoming_那小红呢_asks_the_same_about_xiaohong()
    {
        await using var h = await ConversationHarness.CreateAsync();
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, (await h.ChildAsync("王小明")).Id, h.Today, AttendanceStatus.Present, null);
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, (await h.ChildAsync("王小红")).Id, h.Today, AttendanceStatus.Late, "下雨");
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明今天到校了吗");
        Assert.Equal("王小明今天到校了。", yeye.Reply());

        await yeye.SendAsync("那小红呢");
        Assert.Equal("王小红今天迟到了。", yeye.Reply());
    }

    [Fact]
    public async Task After_xiaomings_leave_另外_names_no_child_and_means_xiaoming()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明发烧了 明天不去");
        yeye.Reply();
        await yeye.SendAsync("对");
        Assert.StartsWith("好了，王小明11月20日请假了", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync("另外下周一也请假 还是发烧");
        Assert.Equal("王小明11月23日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
    }

    [Fact]
    public async Task A_follow_up_long_after_still_asks_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明发烧了 明天不去");
        yeye.Reply();
        await yeye.SendAsync("对");
        yeye.Reply();
        h.Time.Advance(TimeSpan.FromHours(3));

        await yeye.SendAsync("另外下周一也请假 还是发烧");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }
}
