using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left open by the play sessions: the grandfather answered the menu with 「啥」 (he did not understand it) and was told
/// 没有这个选项. Not understanding is no wrong answer: how to answer is said again in one short sentence, with the menu.
/// </summary>
public sealed class PuzzledAtMenuTranscriptTests
{
    [Theory]
    [InlineData("啥")]
    [InlineData("啥？")]
    [InlineData("看不懂")]
    public async Task Not_understanding_the_menu_explains_it_shortly(string puzzled)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("菜单");
        yeye.AllReplies();

        await yeye.SendAsync(puzzled);
        var reply = yeye.AllReplies();
        Assert.StartsWith("想办哪件事，就回它前面的数字，比如请假回 1。\n", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个选项", reply, StringComparison.Ordinal);
        Assert.Contains("1. 请假", reply, StringComparison.Ordinal);
        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }
}
