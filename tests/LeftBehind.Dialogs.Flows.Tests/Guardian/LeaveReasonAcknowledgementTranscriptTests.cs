using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather through the SMS simulator: asked 为什么请假？ (1 生病 2 有事), he answered 嗯, and 嗯 was
/// kept as the reason: 王小红11月20日请事假，对吗？, and the teachers would have read 原因：嗯. A bare yes or no says no reason;
/// the question is asked again.
/// </summary>
public sealed class LeaveReasonAcknowledgementTranscriptTests
{
    [Theory]
    [InlineData("嗯")]
    [InlineData("好的")]
    [InlineData("不")]
    public async Task A_bare_yes_or_no_at_why_the_leave_is_asked_again(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await grandpa.SendAsync("明天小红要去打疫苗 请半天假");
        Assert.StartsWith("为什么请假？", grandpa.AllReplies(), StringComparison.Ordinal);

        await grandpa.SendAsync(answer);
        Assert.Contains("为什么请假？", grandpa.AllReplies(), StringComparison.Ordinal);
        await grandpa.SendAsync("打疫苗");
        Assert.StartsWith("王小红11月20日请事假，对吗？", grandpa.AllReplies(), StringComparison.Ordinal);
    }
}
