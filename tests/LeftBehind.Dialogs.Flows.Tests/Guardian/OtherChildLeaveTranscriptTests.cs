using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the aunt 张桂兰 (she looks after 张浩然 only) in Chromium at 390×844 on the merged code: 小明今天发烧了，请个假
/// was turned into 「张浩然12月8日请病假，对吗？」, her one child put in place of the child she named. A leave naming
/// a child not hers by full name is declined in the same words whether or not the name is at the school, and nothing is
/// recorded. A pet name (小明) is not read as another child's: grandparents call their own 小宝, 宝宝, 小胖; the
/// confirmation names the child, so 不对 there stops it.
/// </summary>
public sealed class OtherChildLeaveTranscriptTests
{
    [Theory]
    [InlineData("李思雨今天发烧了，请个假")]
    [InlineData("赵六六今天请假")]
    public async Task A_leave_for_a_child_not_hers_is_declined_not_given_to_her_own(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var aunt = await h.BoundPhoneAsync("aunt", "GUGU28");

        await aunt.SendAsync(message);
        var said = aunt.AllReplies();
        Assert.DoesNotContain("对吗", said, StringComparison.Ordinal);
        Assert.Contains("张浩然", said, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", said, StringComparison.Ordinal);
    }
}
