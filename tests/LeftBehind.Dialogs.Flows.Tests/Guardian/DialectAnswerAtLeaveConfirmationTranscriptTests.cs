using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather: at 「王小红11月19日请病假，对吗？」 he asked back 中不中 (Henan for "all right?") and
/// was told 「好，没有请假。」 — the 不中 inside his question was taken for a no and the sick day dropped. He then said
/// 管 (Henan for yes) and got 没有这个选项. A question asked back (中不中, 行不行, 对不对) is no answer: the
/// confirmation is asked again; 管 is a yes.
/// </summary>
public sealed class DialectAnswerAtLeaveConfirmationTranscriptTests
{
    [Theory]
    [InlineData("中不中")]
    [InlineData("行不行啊")]
    [InlineData("对不对")]
    public async Task A_question_asked_back_at_the_leave_confirmation_asks_again(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小红头疼脑热的 今天不去了");
        Assert.Equal("王小红11月19日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());

        await yeye.SendAsync(typed);
        Assert.DoesNotContain("没有请假", yeye.AllReplies(), StringComparison.Ordinal);

        await yeye.SendAsync("管");
        Assert.StartsWith("好了，王小红11月19日请假了", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Sick, await h.StatusAsync("王小红", h.Today));
    }
}
