using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>
/// Found playing the paired teacher 王芳 in Chromium at 390×844: at the weekly talk's first question she answered all five
/// as she thinks of them, 「学习好 生活好 情绪好 交友一般 身体好」, and got 请回复 1 好、2 一般、3 需要关心。 Five marks each
/// with its aspect's name are the five marks, in the aspects' order whatever order she wrote them in; one mark with the
/// name of the aspect asked ("学习一般") is that mark.
/// </summary>
public sealed class TalkMarksWithAspectNamesTranscriptTests
{
    [Theory]
    [InlineData("学习好 生活好 情绪好 交友一般 身体好")]
    [InlineData("学习好，身体好，交友一般，生活好，情绪好")]
    public async Task Five_marks_named_by_their_aspects_are_the_five_marks(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await wang.SendAsync("记谈心");
        wang.AllReplies();
        await wang.SendAsync("小红");
        wang.AllReplies();

        await wang.SendAsync(answer);
        Assert.Equal("用一句话说说王小红这周的情况。", wang.AllReplies());
        await wang.SendAsync("这周很开心，和同学处得好");
        wang.AllReplies();
        await wang.SendAsync("1");
        wang.AllReplies();

        var talk = Assert.Single(await h.Get<ICareService>().GetTalksAsync(Actor.Admin, (await h.ChildAsync("王小红")).Id, 10));
        Assert.Equal((TalkMark.Good, TalkMark.Good, TalkMark.Good, TalkMark.Fair, TalkMark.Good), (talk.Study, talk.Life, talk.Mood, talk.Friends, talk.Health));
    }

    [Fact]
    public async Task One_mark_with_the_aspect_asked_is_that_mark()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await wang.SendAsync("记谈心");
        wang.AllReplies();
        await wang.SendAsync("小红");
        wang.AllReplies();

        await wang.SendAsync("学习一般");

        Assert.StartsWith("王小红这周的生活怎么样？", wang.AllReplies(), StringComparison.Ordinal);
    }
}
