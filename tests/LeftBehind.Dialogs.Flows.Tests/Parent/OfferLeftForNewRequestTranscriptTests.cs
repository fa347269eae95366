using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Left open by the play sessions: at 「您还说了：「问下老师他作业多不多」。现在帮您办吗？」 the father asked something else
/// and the offer was gone without a word; he believed the teacher had been asked. An offer left for a new request is
/// said to be left undone, in one line, and the new request is done.
/// </summary>
public sealed class OfferLeftForNewRequestTranscriptTests
{
    [Fact]
    public async Task A_new_request_at_the_offer_says_the_offered_request_was_not_done()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("小明这周上学了吗？顺便问下老师他作业多不多");
        Assert.EndsWith("您还说了：「问下老师他作业多不多」。现在帮您办吗？", dad.AllReplies(), StringComparison.Ordinal);

        await dad.SendAsync("给孩子写封信");
        Assert.Equal("「问下老师他作业多不多」还没有办，要办时再说一声。", dad.Reply());
        Assert.Equal("写给哪个孩子？", dad.Reply());
    }
}
