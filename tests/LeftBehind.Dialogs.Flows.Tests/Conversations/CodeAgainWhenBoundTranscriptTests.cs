namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the father on a second visit (the slip's QR code opens the chat and sends his code as the first
/// message): with the menu still open from his binding, his own code got "这句话我没太明白…要我把这句话原样转给老师吗？" —
/// an invite code offered to the teacher. He is told he is already bound, at the menu as with nothing asked, and
/// nothing is offered to anyone.
/// </summary>
public sealed class CodeAgainWhenBoundTranscriptTests
{
    [Theory]
    [InlineData("BABA23")]
    [InlineData("我的邀请码是 BABA23")]
    public async Task The_fathers_own_code_sent_again_at_the_menu_says_he_is_already_bound_and_is_not_offered_to_the_teacher(string again)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        Assert.StartsWith("绑定成功", dad.Reply(), StringComparison.Ordinal);
        Assert.Contains("1. 孩子出勤", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();

        await dad.SendAsync(again);
        Assert.Equal("您已经绑定了：王建军（家长）。", dad.Reply());
        dad.NoMoreReplies();
    }
}
