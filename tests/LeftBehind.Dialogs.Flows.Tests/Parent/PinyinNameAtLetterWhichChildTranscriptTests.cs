using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the mother on the English screen at 390×844: at "Which child is the letter for?" she answered with her
/// daughter's name as she writes it, "xiaohong". It picked 王小红 and was also written into the letter as its first
/// line (Got it (8 characters so far)). The name in pinyin alone only answers the question, as 小红 does; a letter
/// written as the answer still starts the letter.
/// </summary>
public sealed class PinyinNameAtLetterWhichChildTranscriptTests
{
    private static async Task<Phone> AskedWhichChildAsync(ConversationHarness h)
    {
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        Assert.StartsWith("You are bound", mum.Reply(), StringComparison.Ordinal);
        mum.AllReplies();
        await mum.SendAsync("write a letter");
        Assert.Equal("Which child is the letter for?", mum.Reply());
        return mum;
    }

    [Theory]
    [InlineData("xiaohong")]
    [InlineData("Xiao Hong")]
    [InlineData("wangxiaohong")]
    public async Task The_childs_name_in_pinyin_at_which_child_only_picks_the_child(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var mum = await AskedWhichChildAsync(h);

        await mum.SendAsync(answer);
        Assert.StartsWith("Letters: write a new letter to 王小红", mum.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_opening_with_the_name_in_pinyin_still_starts_the_letter()
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var mum = await AskedWhichChildAsync(h);

        await mum.SendAsync("Xiaohong, mum misses you. Be good.");
        Assert.StartsWith("Got it (34 characters so far)", mum.Reply(), StringComparison.Ordinal);
    }
}
