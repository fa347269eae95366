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

    [Fact]
    public async Task A_day_without_school_said_at_the_confirmation_is_asked_about_as_the_first_day_would_be()
    {
        // Found in play: on a Friday, 明天 at the confirmation (a Saturday) was not checked for being a school day.
        await using var h = await ConversationHarness.CreateAsync();
        h.Time.Advance(TimeSpan.FromDays(1));
        var aunt = await h.BoundPhoneAsync("aunt", "GUGU28");

        await aunt.SendAsync("浩然今天发烧了，请个假");
        Assert.Equal("张浩然11月20日请病假，对吗？\n1. 对\n2. 不对", aunt.Reply());
        await aunt.SendAsync("明天");
        Assert.Equal("11月21日不上学。还要请假吗？\n1. 要请假（补课）\n2. 不用了", aunt.Reply());
        await aunt.SendAsync("2");
        Assert.Equal("这几天不上学，不用请假。", aunt.Reply());
        aunt.NoMoreReplies();
    }

    [Fact]
    public async Task A_day_without_school_said_at_the_confirmation_is_recorded_when_the_guardian_still_wants_it()
    {
        await using var h = await ConversationHarness.CreateAsync();
        h.Time.Advance(TimeSpan.FromDays(1));
        var aunt = await h.BoundPhoneAsync("aunt", "GUGU28");

        await aunt.SendAsync("浩然今天发烧了，请个假");
        aunt.Reply();
        await aunt.SendAsync("明天");
        aunt.Reply();
        await aunt.SendAsync("1");
        var said = aunt.AllReplies();
        Assert.Contains("11月21日", said, StringComparison.Ordinal);
        Assert.DoesNotContain("11月20日", said, StringComparison.Ordinal);
        Assert.DoesNotContain("不用请假", said, StringComparison.Ordinal);
    }
}
