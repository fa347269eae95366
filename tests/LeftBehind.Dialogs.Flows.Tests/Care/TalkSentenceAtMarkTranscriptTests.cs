using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>
/// Found playing the paired teacher 王芳 in Chromium at 390×844: at 王小红这周的学习怎么样？ (1 好 2 一般 3 需要关心) she
/// wrote what the talk was about, 这周和她聊了学习，她说想妈妈了, and got 请回复 1 好、2 一般、3 需要关心。 with the sentence
/// lost. A sentence written where a mark is asked is kept as the week's sentence, she is told so, and the same mark is
/// asked again; the marks then go on as before and the sentence is not asked for.
/// </summary>
public sealed class TalkSentenceAtMarkTranscriptTests
{
    [Fact]
    public async Task A_sentence_at_a_mark_is_kept_as_the_weeks_sentence_and_the_mark_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        await wang.SendAsync("记谈心");
        wang.Reply();
        await wang.SendAsync("小红");
        Assert.StartsWith("王小红这周的学习怎么样？", wang.Reply(), StringComparison.Ordinal);

        await wang.SendAsync("这周和她聊了学习，她说想妈妈了");
        Assert.Equal("您写的这句话先记下了。王小红这周的学习怎么样？（也可以一次回5个数字，比如 11213）\n1. 好\n2. 一般\n3. 需要关心", wang.Reply());
        await wang.SendAsync("11311");
        var preview = wang.Reply();
        Assert.StartsWith("发给家长的话：", preview, StringComparison.Ordinal);
        Assert.Contains("“这周和她聊了学习，她说想妈妈了”", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sentence_at_a_later_mark_keeps_the_marks_given_before_it()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        await wang.SendAsync("记谈心");
        wang.Reply();
        await wang.SendAsync("小红");
        wang.Reply();
        await wang.SendAsync("1");
        Assert.StartsWith("王小红这周的生活怎么样？", wang.Reply(), StringComparison.Ordinal);

        await wang.SendAsync("她说奶奶做饭很好吃，最近长胖了");
        Assert.StartsWith("您写的这句话先记下了。王小红这周的生活怎么样？", wang.Reply(), StringComparison.Ordinal);
        foreach (var mark in new[] { "1", "1", "2" })
        {
            await wang.SendAsync(mark);
            wang.AllReplies();
        }
        await wang.SendAsync("1");
        var preview = wang.AllReplies();
        Assert.StartsWith("发给家长的话：", preview, StringComparison.Ordinal);
        Assert.Contains("“她说奶奶做饭很好吃，最近长胖了”", preview, StringComparison.Ordinal);
    }

    /// <summary>Found in the same play as the head teacher: a question typed at a mark is no line for the parents.</summary>
    [Theory]
    [InlineData("小明他爸电话老是打不通咋整")]
    [InlineData("她最近是不是有点不开心？")]
    public async Task A_question_at_a_mark_is_not_kept_as_the_weeks_sentence(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");
        await wang.SendAsync("记谈心");
        wang.Reply();
        await wang.SendAsync("小红");
        wang.Reply();

        await wang.SendAsync(question);
        Assert.DoesNotContain("先记下了", wang.AllReplies(), StringComparison.Ordinal);
    }
}
