using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather in Chromium at 390×844: at 「为什么请假？ 1. 生病 2. 有事」 he answered 对 (as to a
/// confirmation), and 对 was kept as the reason: 「王小明12月9日请事假，对吗？」. A bare yes or no says no reason: the
/// question is asked again.
/// </summary>
public sealed class YesAtLeaveReasonTranscriptTests
{
    [Theory]
    [InlineData("对")]
    [InlineData("好的")]
    [InlineData("嗯")]
    public async Task A_bare_yes_at_the_leaves_reason_asks_the_reason_again(string yes)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("请假");
        yeye.AllReplies();
        await yeye.SendAsync("小明");
        yeye.AllReplies();
        await yeye.SendAsync("今天");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync(yes);
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);
        yeye.NoMoreReplies();

        await yeye.SendAsync("发烧了");
        Assert.StartsWith("好了，王小明11月19日请假了", yeye.Reply(), StringComparison.Ordinal);
    }
}
