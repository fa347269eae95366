using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather at 390×844: at 「为什么请假？」 (after a reload) he typed 小红, and the leave was
/// confirmed as 「王小明…请事假」 with 小红 kept as the reason. A child's name alone says no reason: the question is
/// asked again, and nothing is read into it.
/// </summary>
public sealed class ChildNameAtLeaveReasonTranscriptTests
{
    [Fact]
    public async Task A_childs_name_alone_at_why_is_not_taken_as_the_reason()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明明天请假");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync("小红");
        Assert.StartsWith("为什么请假？\n1. 生病\n2. 有事", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("生病");
        Assert.StartsWith("王小明11月20日请病假，对吗？", yeye.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_that_names_the_child_is_still_the_reason()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明明天请假");
        yeye.Reply();

        await yeye.SendAsync("小明要去看牙");
        Assert.StartsWith("王小明11月20日请事假，对吗？", yeye.AllReplies(), StringComparison.Ordinal);
    }
}
