using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the aunt 张桂兰 in Chromium at 390×844 on the merged code: asked 「张浩然12月8日请病假，对吗？」 she
/// answered 明天, and was told 没有这个选项，请回复 1 到 2 的数字. A day said there is the day she means: the
/// confirmation is asked again with it, and the leave is recorded for it once she says 对.
/// </summary>
public sealed class DayAtLeaveConfirmationTranscriptTests
{
    [Fact]
    public async Task A_day_at_the_confirmation_asks_it_again_for_that_day()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var aunt = await h.BoundPhoneAsync("aunt", "GUGU28");

        await aunt.SendAsync("浩然今天发烧了，请个假");
        Assert.Equal("张浩然11月19日请病假，对吗？\n1. 对\n2. 不对", aunt.Reply());
        await aunt.SendAsync("明天");
        Assert.Equal("张浩然11月20日请病假，对吗？\n1. 对\n2. 不对", aunt.Reply());
        await aunt.SendAsync("对");
        var said = aunt.AllReplies();
        Assert.Contains("11月20日", said, StringComparison.Ordinal);
        Assert.DoesNotContain("11月19日", said, StringComparison.Ordinal);
    }
}
