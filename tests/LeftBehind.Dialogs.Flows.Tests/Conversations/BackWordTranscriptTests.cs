namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the father through the WeChat simulator: asked 要把这句话转给老师吗？, he typed 返回 (what a WeChat
/// account's menus and most apps call going back) and was told only to reply 是 or 不是. 返回 and "back" now go back to
/// the menu from any question, as 菜单 does.
/// </summary>
public sealed class BackWordTranscriptTests
{
    [Theory]
    [InlineData("返回")]
    [InlineData("back")]
    public async Task Back_at_the_question_for_the_teacher_goes_to_the_menu_and_says_the_question_was_not_sent(string back)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("帮我问问老师孩子数学咋样");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("1");
        Assert.StartsWith("要把这句话转给老师吗？", dad.Reply(), StringComparison.Ordinal);

        await dad.SendAsync(back);
        var replies = dad.AllReplies();
        Assert.Contains("想办什么", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("请回复「是」或「不是」", replies, StringComparison.Ordinal);
        Assert.Contains("刚才那句「孩子数学咋样」没有转给老师", replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_at_which_child_goes_to_the_menu()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("孩子出勤");
        Assert.Equal("问哪个孩子？", dad.Reply());

        await dad.SendAsync("返回");
        Assert.Contains("想办什么", dad.Reply(), StringComparison.Ordinal);
    }
}
