using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;
using LeftBehind.Tests.Parent;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Found playing a father in Web Chat: "小明不见了 找了一下午了" from a parent of two children was answered with
/// "是哪个孩子？" and nothing was raised until he picked one, although the message names the child. Behind the real
/// router, analyzer and dialogs.
/// </summary>
public sealed class EmergencyNamedChildTranscriptTests
{
    [Fact]
    public async Task A_missing_child_named_in_the_message_is_raised_at_once_without_asking_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync("小明不见了 找了一下午了");

        Assert.StartsWith("已经通知：", dad.Reply());
        Assert.StartsWith("【紧急】王小明：小明不见了 找了一下午了", mum.Reply());
        Assert.Equal("王小明", (await h.Get<IEmergencyService>().UnacknowledgedAsync()).Single().ChildName);
    }

    [Fact]
    public async Task A_missing_child_named_while_another_question_waits_is_raised_for_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");

        await mum.SendAsync("问老师");
        Assert.Contains("问哪个孩子", mum.AllReplies());
        await mum.SendAsync("小红不见了 找了一下午了");

        Assert.StartsWith("已经通知：", mum.AllReplies());
        Assert.StartsWith("【紧急】王小红：小红不见了 找了一下午了", dad.Reply());
    }
}
