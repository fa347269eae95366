using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather at 390×844: at 「王小明还没好，接着请哪天的假？」 he typed 明个 (the north's and
/// Henan's 明天) and was told 没有这个选项. 明个, 明儿个, 后个 are the days they name.
/// </summary>
public sealed class DialectDayAtLeaveTranscriptTests
{
    [Theory]
    [InlineData("明个", "11月20日")]
    [InlineData("明儿个", "11月20日")]
    [InlineData("后个", "11月21日")]
    public async Task A_dialect_day_at_which_days_is_that_day(string typed, string day)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小明病了 要请假");
        Assert.StartsWith("请哪天的假？", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync(typed);
        var reply = yeye.Reply();
        Assert.DoesNotContain("没有这个选项", reply, StringComparison.Ordinal);
        Assert.Contains(day, reply, StringComparison.Ordinal);
    }
}
