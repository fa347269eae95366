using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left open by the play sessions: the grandparents' item 2 (告诉孩子爸妈) had no words that reached it but its
/// title. 告诉他爸 娃想他了, 跟他妈说一声 孩子想她了, 给娃他爸带个话 — as grandparents say it — got 没有这个选项 at the
/// menu and at 看哪个孩子的信？. They now open it; the words after the asking are the message, not asked again, said
/// back once, and nothing reaches the parents before the grandfather says yes.
/// </summary>
public sealed class TellParentsInDialectTranscriptTests
{
    private static async Task<(ConversationHarness H, Phone Yeye, Phone Baba)> FamilyAsync()
    {
        var h = await ConversationHarness.CreateAsync();
        var baba = await h.BoundPhoneAsync("baba", ConversationHarness.Father);
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        return (h, yeye, baba);
    }

    [Theory]
    [InlineData("告诉他爸 娃想他了", "娃想他了")]
    [InlineData("跟他妈说一声 孩子想她了", "孩子想她了")]
    public async Task Telling_the_parents_at_the_menu_keeps_the_words_and_sends_them_only_after_yes(string typed, string words)
    {
        var (h, yeye, baba) = await FamilyAsync();
        await using var _ = h;
        await yeye.SendAsync("在吗");
        Assert.Contains("2. 告诉孩子爸妈", yeye.AllReplies(), StringComparison.Ordinal);

        await yeye.SendAsync(typed);
        Assert.Equal("说哪个孩子的事？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("1");
        Assert.StartsWith($"把“{words}”告诉孩子爸妈，好吗？\n1. 好\n2. 不用", yeye.Reply(), StringComparison.Ordinal);
        baba.NoMoreReplies();

        await yeye.SendAsync("中");
        Assert.StartsWith("已告诉王建军", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal($"王德福（王小明家）说：{words}", baba.Reply());
    }

    [Fact]
    public async Task Saying_no_at_the_words_said_back_sends_nothing()
    {
        var (h, yeye, baba) = await FamilyAsync();
        await using var _ = h;
        await yeye.SendAsync("告诉小明他爸 娃想他了");
        Assert.Equal("把“娃想他了”告诉孩子爸妈，好吗？\n1. 好\n2. 不用", yeye.Reply());

        await yeye.SendAsync("不用");
        Assert.Equal("好，没有告诉他们。", yeye.Reply());
        baba.NoMoreReplies();
    }

    [Fact]
    public async Task Asking_to_pass_a_word_without_the_words_offers_the_sentences()
    {
        var (h, yeye, _) = await FamilyAsync();
        await using var __ = h;
        await yeye.SendAsync("给娃他爸带个话");
        Assert.Equal("说哪个孩子的事？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("2");
        Assert.StartsWith("想告诉孩子爸妈什么？\n1. 孩子很好，放心", yeye.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telling_the_parents_at_which_childs_letters_leaves_the_letters_for_it()
    {
        var (h, yeye, baba) = await FamilyAsync();
        await using var _ = h;
        await yeye.SendAsync("看信");
        Assert.StartsWith("看哪个孩子的信？", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync("跟他妈说一声 孩子想她了");
        var replies = yeye.AllReplies();
        Assert.DoesNotContain("没有这个选项", replies, StringComparison.Ordinal);
        Assert.StartsWith("说哪个孩子的事？", replies, StringComparison.Ordinal);
        await yeye.SendAsync("小红");
        Assert.Equal("把“孩子想她了”告诉孩子爸妈，好吗？\n1. 好\n2. 不用", yeye.Reply());
        await yeye.SendAsync("1");
        Assert.Equal("王德福（王小红家）说：孩子想她了", baba.Reply());
    }

    [Fact]
    public async Task Calling_his_father_is_still_no_message()
    {
        var (h, yeye, baba) = await FamilyAsync();
        await using var _ = h;
        await yeye.SendAsync("给他爸打个电话");
        Assert.DoesNotContain("告诉孩子爸妈，好吗", yeye.AllReplies(), StringComparison.Ordinal);
        baba.NoMoreReplies();
    }
}
