namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the father in Web Chat: at "写给哪个孩子？" he answered with the letter itself ("小明，爸爸在厂里一切都
/// 好，你要听爷爷的话"). Only the child was taken, the lines he wrote were dropped, and he was asked "写一封新信，还是看
/// 看往来的信？". An answer that names the child and goes on for a letter's worth of words now starts the letter with it;
/// the child's name alone, a digit, or a short request still only answer the question.
/// </summary>
public sealed class LetterAtWhichChildTranscriptTests
{
    [Fact]
    public async Task A_letter_written_as_the_answer_to_which_child_starts_the_letter_to_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        await mum.SendAsync("写两地书");
        Assert.Equal("写给哪个孩子？", mum.Reply());

        await mum.SendAsync("小红，妈妈在外面一切都好，你要听爷爷的话");
        Assert.Equal("收到（已写 20 字）。继续写，写完回复「写好了」。", mum.Reply());
        await mum.SendAsync("写好了");
        Assert.Equal("给王小红的信：\n——\n小红，妈妈在外面一切都好，你要听爷爷的话\n——\n1. 寄出  2. 重写  3. 不寄了", mum.Reply());
    }

    [Theory]
    [InlineData("小红")]
    [InlineData("2")]
    [InlineData("小红，给她写一封新信")]
    public async Task The_childs_name_a_digit_or_a_short_request_at_which_child_still_asks_what_to_do(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        await mum.SendAsync("写两地书");
        Assert.Equal("写给哪个孩子？", mum.Reply());

        await mum.SendAsync(answer);
        Assert.Equal("两地书：给王小红写一封新信，还是看看往来的信？", mum.Reply());
    }
}
