using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Left by the previous round: a parent or grandparent of two children typing only a child's name (小明, 王小红) at the
/// main menu got 「这句话我没太明白…」 or 「没有这个选项」. The name alone picks the child: the menu is shown for that
/// child, and the item chosen next is about that child without asking which again.
/// </summary>
public sealed class ChildNameAloneTranscriptTests
{
    [Theory]
    [InlineData("小明", "王小明")]
    [InlineData("王小红", "王小红")]
    public async Task A_father_typing_only_a_childs_name_is_asked_what_he_wants_about_that_child(string typed, string child)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync(typed);
        var menu = dad.Reply();
        Assert.StartsWith($"想办{child}的什么事？回复数字就行：\n1. 孩子出勤", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("没太明白", menu, StringComparison.Ordinal);

        await dad.SendAsync("1");
        Assert.StartsWith($"想看{child}哪段时间的出勤？", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grandfather_typing_only_a_childs_name_is_asked_what_he_wants_about_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");

        await yeye.SendAsync("小红");
        var menu = yeye.Reply();
        Assert.StartsWith("王小红的事，您要做什么？回复数字就行。\n1. 请假", menu, StringComparison.Ordinal);

        await yeye.SendAsync("1");
        Assert.Equal("请哪天的假？\n1. 今天\n2. 明天\n3. 这周", yeye.Reply());
    }

    [Fact]
    public async Task At_the_numbered_menu_a_childs_name_is_not_no_such_option()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("菜单");
        yeye.AllReplies();

        await yeye.SendAsync("小明");
        Assert.StartsWith("王小明的事，您要做什么？", yeye.Reply(), StringComparison.Ordinal);
    }
}
