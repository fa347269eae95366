using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Found playing 李红梅 through the WeChat simulator: she typed 应急 by mistake and, at 「是哪个孩子？」, wrote
/// 「没事 点错了」 — and got 没有这个选项 with the list of children again. Saying it was a mistake (点错了, 按错了,
/// 发错了, 搞错了) leaves the question as 算了 does, and nobody is alerted.
/// </summary>
public sealed class MisTappedEmergencyTranscriptTests
{
    [Theory]
    [InlineData("没事 点错了")]
    [InlineData("按错了")]
    [InlineData("不好意思，发错了")]
    public async Task A_teacher_who_says_she_tapped_the_emergency_by_mistake_is_let_out_and_nobody_is_alerted(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        await teacher.SendAsync("应急");
        Assert.StartsWith("是哪个孩子？", teacher.AllReplies(), StringComparison.Ordinal);

        await teacher.SendAsync(words);

        var said = teacher.AllReplies();
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("好的，已经取消了。", said, StringComparison.Ordinal);
        Assert.Equal(string.Empty, grandpa.AllReplies());
        Assert.Empty(await h.Get<IEmergencyService>().ListAsync(null, 10));
    }
}
