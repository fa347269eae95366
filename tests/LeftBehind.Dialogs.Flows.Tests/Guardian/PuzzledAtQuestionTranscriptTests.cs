using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather at 390×844: at 「为什么请假？」 he typed 「啥」 (he had not understood the question), and
/// the leave was confirmed as 「王小红…请事假」 with 啥 kept as the reason for the teachers. Not understanding is no
/// answer, even where any words are one: the question is asked again.
/// </summary>
public sealed class PuzzledAtQuestionTranscriptTests
{
    [Theory]
    [InlineData("啥")]
    [InlineData("啥？")]
    [InlineData("什么意思")]
    [InlineData("看不懂")]
    public async Task Not_understanding_why_is_not_taken_as_the_reason(string puzzled)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明明天请假");
        Assert.StartsWith("为什么请假？", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync(puzzled);
        Assert.Equal("为什么请假？\n1. 生病\n2. 有事", yeye.Reply());
        yeye.NoMoreReplies();
        await yeye.SendAsync("1");
        Assert.StartsWith("王小明11月20日请病假，对吗？", yeye.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_that_starts_with_what_is_still_a_reason()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明明天请假");
        yeye.Reply();

        await yeye.SendAsync("啥也不想干 在家歇歇");
        Assert.StartsWith("王小明11月20日请事假，对吗？", yeye.AllReplies(), StringComparison.Ordinal);
    }
}
