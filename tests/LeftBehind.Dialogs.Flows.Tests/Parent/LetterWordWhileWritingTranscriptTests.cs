using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Left open by the play sessions: the mother, who uses English, is taught 「reply "letter" when you want to send it」,
/// but "letter" typed while writing went into the letter as one more line. Typed alone there, like 寄信 in Chinese, it
/// ends the writing and shows the letter for its last look (nothing is sent from there).
/// </summary>
public sealed class LetterWordWhileWritingTranscriptTests
{
    [Theory]
    [InlineData("letter")]
    [InlineData("Letter.")]
    [InlineData("send the letter")]
    public async Task Letter_typed_alone_while_writing_in_english_shows_the_letter_to_send(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        mum.AllReplies();
        await mum.SendAsync("I want to write a letter");
        Assert.Equal("Which child is the letter for?", mum.Reply());
        await mum.SendAsync("1");
        mum.AllReplies();
        await mum.SendAsync("Dear Xiaoming, mum misses you. Listen to grandpa.");
        mum.AllReplies();

        await mum.SendAsync(typed);
        var preview = mum.AllReplies();
        Assert.StartsWith("Your letter to 王小明:", preview, StringComparison.Ordinal);
        Assert.Contains("Dear Xiaoming, mum misses you. Listen to grandpa.\n——", preview, StringComparison.Ordinal);
    }
}
