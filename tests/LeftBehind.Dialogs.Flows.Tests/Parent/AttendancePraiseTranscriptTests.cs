using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father at 390×844: the week of a child home sick one day ended 「天天按时到校，真棒！」 under
/// 「到校 1 天 … 请假 1 天」. The praise says every day at school, so it is said only when every recorded day was.
/// </summary>
public sealed class AttendancePraiseTranscriptTests
{
    [Fact]
    public async Task A_week_with_a_sick_day_is_not_praised_as_every_day_at_school()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小明发烧了 今天不去了");
        yeye.Reply();
        await yeye.SendAsync("对");
        yeye.AllReplies();
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);

        await dad.SendAsync("小明这周上学了吗");
        var said = dad.AllReplies();
        Assert.Contains("病假", said, StringComparison.Ordinal);
        Assert.DoesNotContain("天天按时到校", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_at_school_every_day_is_still_praised()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await dad.SendAsync("小明这周上学了吗");
        Assert.EndsWith("天天按时到校，真棒！", dad.AllReplies(), StringComparison.Ordinal);
    }
}
