using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father of two (王小明 and 王小红): in "帮我问问老师小明作业多不多？另外这周上学了吗" the second
/// request lost the child the first one named, and after the question was sent he was asked 问哪个孩子？ again. The
/// second request now keeps the child named in the first; one naming its own child still uses that one.
/// </summary>
public sealed class SecondRequestKeepsChildTranscriptTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h)
    {
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        return dad;
    }

    [Fact]
    public async Task The_second_request_is_about_the_child_the_first_one_named()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("帮我问问老师小明作业多不多？另外这周上学了吗");
        Assert.Equal("要把这句话转给老师吗？\n「小明作业多不多」", dad.Reply());
        await dad.SendAsync("是");
        Assert.StartsWith("已经转给", dad.Reply(), StringComparison.Ordinal);
        Assert.Equal("您还说了：「这周上学了吗」。现在帮您办吗？", dad.Reply());
        await dad.SendAsync("好");
        Assert.StartsWith("王小明这周（11月16日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_second_request_naming_its_own_child_keeps_its_own()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("帮我问问老师小明作业多不多？另外小红这周上学了吗");
        dad.Reply();
        await dad.SendAsync("是");
        dad.Reply();
        Assert.Equal("您还说了：「小红这周上学了吗」。现在帮您办吗？", dad.Reply());
        await dad.SendAsync("好");
        Assert.StartsWith("王小红这周（11月16日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Found playing the mother in Chromium at 390×844: both requests typed at 问哪个孩子？, the child picked after
    /// (小红这周呢), and the second request asked 问哪个孩子？ again.
    /// </summary>
    [Fact]
    public async Task The_second_request_is_about_the_child_picked_for_the_first()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("1");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("问问老师孩子作业多吗，还有这周出勤");
        Assert.Equal("两件事都记下了，一件一件帮您办。", dad.Reply());
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小红这周呢");
        Assert.Equal("要把这句话转给老师吗？\n「孩子作业多吗」", dad.Reply());
        await dad.SendAsync("是");
        Assert.StartsWith("已经转给", dad.Reply(), StringComparison.Ordinal);
        Assert.Equal("您还说了：「这周出勤」。现在帮您办吗？", dad.Reply());
        await dad.SendAsync("好");
        Assert.StartsWith("王小红这周（11月16日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
    }
}
