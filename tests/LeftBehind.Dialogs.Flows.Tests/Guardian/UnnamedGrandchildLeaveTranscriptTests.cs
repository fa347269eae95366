using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// 「俺孙子明天发烧不去了」: the roster has no gender, so 孙子 names no child. With one child in her care the aunt's leave
/// just goes on to its confirmation; the grandfather of two is asked which child in one short question, and the day and
/// the reason he already said are kept.
/// </summary>
public sealed class UnnamedGrandchildLeaveTranscriptTests
{
    [Fact]
    public async Task The_grandfather_of_two_is_asked_which_child_and_the_day_and_reason_are_kept()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("俺孙子明天发烧不去了");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
        yeye.NoMoreReplies();

        await yeye.SendAsync("1");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        Assert.StartsWith("好了，王小明11月20日请假了，", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Sick, await h.StatusAsync("王小明", h.Today.AddDays(1)));
    }

    [Fact]
    public async Task The_aunt_of_one_child_is_asked_nothing_but_the_confirmation()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var gugu = await h.BoundPhoneAsync("gugu", "GUGU28");
        await gugu.SendAsync("俺侄子明天发烧不去了");
        Assert.Equal("张浩然11月20日请病假，对吗？\n1. 对\n2. 不对", gugu.Reply());
        gugu.NoMoreReplies();
    }
}
