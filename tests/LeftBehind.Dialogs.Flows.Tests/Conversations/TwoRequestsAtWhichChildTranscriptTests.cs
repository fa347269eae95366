namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found in play: at 「问哪个孩子？」 the mother typed a message with two requests naming no child; both were kept
/// and done one after the other, but all she saw was the same question again, as if she had not been heard. She is
/// now told that both requests are kept before the question is asked again. The grandfather's two requests typed at
/// his 「问哪个孩子？」 ("今天到校了没 明天要请假") were 「没有这个选项」: they are now two requests there too.
/// </summary>
public sealed class TwoRequestsAtWhichChildTranscriptTests
{
    [Fact]
    public async Task Two_requests_at_the_parents_which_child_are_acknowledged_before_the_question_is_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", ConversationHarness.Mother);
        await mum.SendAsync("孩子出勤");
        Assert.Equal("问哪个孩子？", mum.Reply());

        await mum.SendAsync("这周上学了没？顺便帮我问下老师作业多不多");
        Assert.Equal("两件事都记下了，一件一件帮您办。", mum.Reply());
        Assert.Equal("问哪个孩子？", mum.Reply());
        mum.NoMoreReplies();

        await mum.SendAsync("小明");
        var answer = mum.AllReplies();
        Assert.Contains("王小明这周", answer, StringComparison.Ordinal);
        Assert.Contains("作业多不多", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("今天到校了没 明天要请假")]
    [InlineData("到学校没有？明天请假，发烧了")]
    public async Task Two_requests_at_the_grandparents_which_child_are_acknowledged_before_the_question_is_asked_again(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("今天去学校没");
        Assert.Equal("问哪个孩子？\n1. 王小明\n2. 王小红", yeye.Reply());

        await yeye.SendAsync(message);
        Assert.Equal("两件事都记下了，一件一件帮您办。", yeye.Reply());
        Assert.Equal("问哪个孩子？\n1. 王小明\n2. 王小红", yeye.Reply());
        yeye.NoMoreReplies();

        await yeye.SendAsync("1");
        var answer = yeye.AllReplies();
        Assert.StartsWith("王小明今天", answer, StringComparison.Ordinal);
        Assert.Matches(@"\n.*请.?假", answer);
    }

    [Fact]
    public async Task Two_requests_typed_at_the_menu_are_not_announced()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", ConversationHarness.Mother);

        await mum.SendAsync("这周上学了没？顺便帮我问下老师作业多不多");
        Assert.Equal("问哪个孩子？", mum.Reply());
    }
}
