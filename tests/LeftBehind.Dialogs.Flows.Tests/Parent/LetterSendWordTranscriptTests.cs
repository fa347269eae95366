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
}
