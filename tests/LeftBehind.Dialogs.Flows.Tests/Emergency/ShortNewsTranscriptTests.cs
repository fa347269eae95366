using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Played as 王德福 by SMS on an emergency 李红梅 raised about 王小明: his short news 我去学校找 was read as a menu word
/// (six characters or fewer) and answered with his menu, 「您要做什么？」 — nobody heard he was on his way. A short message
/// is a request only when his menu has a flow for it; otherwise it is news for everyone on the emergency.
/// </summary>
public sealed class ShortNewsTranscriptTests
{
    [Theory]
    [InlineData("我去学校找")]
    [InlineData("我马上去")]
    public async Task The_grandfathers_short_news_on_an_open_emergency_reaches_the_family_instead_of_his_menu(string news)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        await teacher.SendAsync("王小明放学没回家，到处找不到");
        Assert.StartsWith("已经通知", teacher.AllReplies());
        await grandpa.SendAsync("收到");
        grandpa.AllReplies();
        teacher.AllReplies();
        dad.AllReplies();

        await grandpa.SendAsync(news);

        Assert.StartsWith("已转给：", grandpa.AllReplies());
        Assert.Contains("王德福（监护人）：" + news, teacher.AllReplies());
        Assert.Contains("王德福（监护人）：" + news, dad.AllReplies());
    }

    [Fact]
    public async Task A_short_menu_request_from_the_grandfather_on_an_open_emergency_still_opens_its_flow()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        await teacher.SendAsync("王小明放学没回家，到处找不到");
        await grandpa.SendAsync("收到");
        grandpa.AllReplies();

        await grandpa.SendAsync("请假");

        Assert.StartsWith("哪个孩子请假？", grandpa.AllReplies());
    }
}
