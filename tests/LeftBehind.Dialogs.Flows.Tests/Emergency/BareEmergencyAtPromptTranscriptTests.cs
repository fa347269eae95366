using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Left by the previous round: 李红梅 typing only 紧急情况 (at the menu, or while 「写哪个学生的记录？」 waited) was asked
/// 「要马上通知全家和老师吗？」 before anything was known. Those words ask for an emergency and say nothing of what
/// happened: she is taken to the emergency's own questions (which child, what happened), and nobody is alerted
/// until she has chosen what happened; 算了 still alerts nobody.
/// </summary>
public sealed class BareEmergencyAtPromptTranscriptTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_teacher_typing_紧急情况_is_asked_which_child_and_what_happened_not_whether_to_alert(bool atAnotherPrompt)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        if (atAnotherPrompt)
        {
            await teacher.SendAsync("写记录");
            Assert.StartsWith("写哪个学生的记录？", teacher.AllReplies(), StringComparison.Ordinal);
        }

        await teacher.SendAsync("紧急情况");
        Assert.StartsWith("是哪个孩子？\n1. 王小明", teacher.AllReplies(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, grandpa.AllReplies());
        await teacher.SendAsync("1");
        Assert.StartsWith("出了什么事？\n1. 孩子找不到了", teacher.AllReplies(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, grandpa.AllReplies());
        await teacher.SendAsync("2");
        Assert.Contains("王德福（监护人）", teacher.AllReplies(), StringComparison.Ordinal);
        Assert.StartsWith("【紧急】王小明：孩子受伤或生病\n", grandpa.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_her_mind_at_what_happened_alerts_nobody()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        await teacher.SendAsync("写记录");
        teacher.AllReplies();

        await teacher.SendAsync("紧急情况");
        teacher.AllReplies();
        await teacher.SendAsync("1");
        teacher.AllReplies();
        await teacher.SendAsync("算了");
        teacher.AllReplies();

        Assert.Equal(string.Empty, grandpa.AllReplies());
        Assert.Empty(await h.Get<IEmergencyService>().ListAsync(null, 10));
    }
}
