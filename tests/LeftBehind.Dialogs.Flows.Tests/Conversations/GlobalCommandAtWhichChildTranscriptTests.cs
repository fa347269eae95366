namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found in earlier rounds' play: the father of two, asked 问哪个孩子？, typed 通知方式 and was asked 问哪个孩子？ again.
/// The commands that work anywhere (通知方式 and a stated channel, help, the menu, cancel) are taken at the shared
/// which-child question as at any other question; a channel is set aside the question, which is then asked again.
/// </summary>
public sealed class GlobalCommandAtWhichChildTranscriptTests
{
    private static async Task<Phone> FatherAskedWhichChildAsync(ConversationHarness h)
    {
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("孩子出勤");
        Assert.Equal("问哪个孩子？", dad.Reply());
        dad.NoMoreReplies();
        return dad;
    }

    [Fact]
    public async Task 通知方式_at_which_child_asks_how_to_be_reached()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherAskedWhichChildAsync(h);

        await dad.SendAsync("通知方式");
        Assert.StartsWith("您想先用哪种方式收到通知？", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
        await dad.SendAsync("3");
        Assert.Equal("好了，以后先用微信通知您。", dad.Reply());
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小明");
        Assert.StartsWith("想看王小明哪段时间的出勤？", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stated_channel_at_which_child_is_stored()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherAskedWhichChildAsync(h);

        await dad.SendAsync("用微信通知我");
        Assert.Equal("好了，以后先用微信通知您。", dad.Reply());
        Assert.Equal("问哪个孩子？", dad.Reply());
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_stated_channel_where_the_question_for_the_teacher_is_asked_is_stored_and_the_question_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("帮我问问老师");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小红");
        Assert.StartsWith("想问老师关于王小红的什么事", dad.Reply(), StringComparison.Ordinal);

        await dad.SendAsync("以后用微信通知我");
        Assert.Equal("好了，以后先用微信通知您。", dad.Reply());
        Assert.StartsWith("想问老师关于王小红的什么事", dad.Reply(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("菜单", "王建军")]
    [InlineData("算了", "好的，已经取消了。")]
    [InlineData("帮助", "我可以帮您")]
    public async Task Help_menu_and_cancel_at_which_child_are_taken(string command, string expected)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherAskedWhichChildAsync(h);

        await dad.SendAsync(command);
        Assert.Contains(expected, dad.Reply(), StringComparison.Ordinal);
    }
}
