using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the mother in Web Chat: after 「English」 the bot answered in English, but its replies said they were
/// zh-CN (the incoming message's locale), so the page, which follows the language of the replies, stayed Chinese. A
/// reply carries the language it is written in.
/// </summary>
public sealed class ReplyLocaleTranscriptTests
{
    [Fact]
    public async Task Replies_after_choosing_english_say_they_are_english()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", ConversationHarness.Mother);
        await mum.SendAsync("English");
        Assert.Equal("OK, I will speak English from now on.", mum.Reply());
        Assert.Equal("en-US", mum.LastActivity!.Locale);
        mum.AllReplies();

        await mum.SendAsync("中文");
        Assert.Equal("好的，以后用简体中文和您说话。", mum.Reply());
        Assert.Equal("zh-CN", mum.LastActivity!.Locale);
    }
}
