using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father of two (王小明 and 王小红): after "帮我问问老师小明作业多不多？" was sent, his next message
/// "另外这周上学了吗" was met with 问哪个孩子？ again. A follow-up that starts 另外 / 还有 / 那 / 顺便 and names no child
/// is about the child of the request just before it; one that names its own child, or a message that is not a
/// follow-up, still chooses as before.
/// </summary>
public sealed class FollowUpKeepsChildTranscriptTests
{
    private static async Task<Phone> FatherWhoJustAskedAboutXiaomingAsync(ConversationHarness h)
    {
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("帮我问问老师小明作业多不多？");
        Assert.Equal("要把这句话转给老师吗？\n「小明作业多不多？」", dad.Reply());
        await dad.SendAsync("是");
        Assert.StartsWith("已经转给", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
        return dad;
    }

    [Theory]
    [InlineData("另外这周上学了吗")]
    [InlineData("还有，这周上学了吗？")]
    [InlineData("那这周上学没")]
    public async Task A_follow_up_naming_no_child_is_about_the_child_of_the_request_just_before(string followUp)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherWhoJustAskedAboutXiaomingAsync(h);

        await dad.SendAsync(followUp);
        Assert.StartsWith("王小明这周（11月16日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_naming_the_other_child_is_about_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherWhoJustAskedAboutXiaomingAsync(h);

        await dad.SendAsync("另外小红这周上学了吗");
        Assert.StartsWith("王小红这周（11月16日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_request_without_a_follow_up_word_still_asks_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherWhoJustAskedAboutXiaomingAsync(h);

        await dad.SendAsync("孩子这周上学了吗");
        Assert.StartsWith("问哪个孩子？", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_long_after_the_request_asks_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FatherWhoJustAskedAboutXiaomingAsync(h);
        h.Time.Advance(TimeSpan.FromHours(3));

        await dad.SendAsync("另外这周上学了吗");
        Assert.StartsWith("问哪个孩子？", dad.Reply(), StringComparison.Ordinal);
    }
}
