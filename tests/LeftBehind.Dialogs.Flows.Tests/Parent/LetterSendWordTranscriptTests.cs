namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the father through the WeChat simulator: when his letter was written he typed 发送, as every chat app
/// calls it, and it went into the letter as two more characters ("收到（已写 44 字）。继续写…"). The words people use to
/// send (发送, 发出去, 寄出) end the letter like 写好了 and show it for sending; nothing is sent before he says 寄出 there.
/// Found again in Chromium at 390×844: 寄信 (the word the kept letter's notice itself teaches) was written into the letter.
/// </summary>
public sealed class LetterSendWordTranscriptTests
{
    [Theory]
    [InlineData("发送")]
    [InlineData("发出去吧")]
    [InlineData("寄出")]
    [InlineData("發送")]
    [InlineData("寄信")]
    [InlineData("发吧")]
    public async Task A_word_for_sending_ends_the_letter_and_shows_it_instead_of_being_written_into_it(string send)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("写两地书");
        Assert.Equal("写给哪个孩子？", dad.Reply());
        await dad.SendAsync("小明，爸爸在厂里一切都好，你要听爷爷的话");
        Assert.Equal("收到（已写 20 字）。继续写，写完回复「写好了」。", dad.Reply());

        await dad.SendAsync(send);
        // 發送 written in traditional characters is answered in them (给/給).
        Assert.Matches("^[给給]王小明的信：\n——\n小明，爸爸在厂里一切都好，你要听爷爷的话\n——\n1. 寄出  2. 重[写寫]  3. 不寄了$", dad.Reply());
    }

    /// <summary>
    /// Found playing the father in Chromium at 390×844: the letter shown with 1. 寄出 2. 重写 3. 不寄了, he answered 是,
    /// and was told only to reply 1, 2 or 3. A plain yes there means send it; a plain no is asked again (the letter is
    /// not thrown away on a 不要 that may mean 不要改).
    /// </summary>
    [Theory]
    [InlineData("是")]
    [InlineData("好的")]
    [InlineData("嗯嗯")]
    [InlineData("可以")]
    [InlineData("ok")]
    [InlineData("发出去")]
    public async Task A_yes_to_the_finished_letter_sends_it(string yes)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FinishedLetterAsync(h);

        await dad.SendAsync(yes);
        Assert.StartsWith("信已经寄出", dad.Reply());
    }

    [Fact]
    public async Task A_no_to_the_finished_letter_asks_again_and_keeps_it()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await FinishedLetterAsync(h);

        await dad.SendAsync("不要");
        Assert.Equal("请回复 1、2 或 3：1 寄出，2 重写，3 不寄了。", dad.Reply());
        await dad.SendAsync("1");
        Assert.StartsWith("信已经寄出", dad.Reply());
    }

    /// <summary>The father with a letter to 王小明 written and shown for sending (1. 寄出 2. 重写 3. 不寄了).</summary>
    private static async Task<Phone> FinishedLetterAsync(ConversationHarness h)
    {
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("给小明写信");
        dad.Reply();
        await dad.SendAsync("小明，爸爸在厂里一切都好，你要听爷爷的话");
        dad.Reply();
        await dad.SendAsync("写好了");
        Assert.StartsWith("给王小明的信：", dad.Reply());
        return dad;
    }
}
