using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found by an earlier play session: a father on the English screen typed "did xiaoming go to school this week" and
/// was asked which child — the names are 王小明 and 王小红 and he wrote them as he says them, in pinyin. Tone-less, in
/// any case, with or without a space, the full name or the given name alone, his own child's name in pinyin is read as
/// that child (the pinyin from ICU's transliterator, no list of names of our own).
/// </summary>
public sealed class PinyinChildNameTranscriptTests
{
    [Theory]
    [InlineData("did xiaoming go to school this week", "王小明")]
    [InlineData("did Xiao Ming go to school this week", "王小明")]
    [InlineData("did XIAOMING go to school this week", "王小明")]
    [InlineData("did wangxiaoming go to school this week", "王小明")]
    [InlineData("did xiaohong go to school this week", "王小红")]
    public async Task A_childs_name_in_pinyin_on_the_english_screen_picks_that_child(string question, string child)
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        Assert.StartsWith("You are bound", dad.Reply(), StringComparison.Ordinal);
        dad.AllReplies();
        await dad.SendAsync(question);
        var answer = dad.Reply();
        Assert.StartsWith(child, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Which child", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_word_that_is_no_childs_name_still_asks_which_child()
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        Assert.StartsWith("You are bound", dad.Reply(), StringComparison.Ordinal);
        dad.AllReplies();
        await dad.SendAsync("did my son go to school this week");
        Assert.Contains("Which child", dad.AllReplies(), StringComparison.Ordinal);
    }
}
