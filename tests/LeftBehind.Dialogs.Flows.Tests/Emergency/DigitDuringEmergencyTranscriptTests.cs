using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Left by the previous round: the grandfather, alerted that 王小明 is missing, typed 1 (as if to answer the alert)
/// and was asked 「哪个孩子请假？」: the digit opened 请假 in the middle of an emergency. While his alert waits for his
/// 收到, a bare digit starts no other flow; he is told in one sentence how to answer.
/// </summary>
public sealed class DigitDuringEmergencyTranscriptTests
{
    private static async Task<(Phone Teacher, Phone Grandpa)> AlertedGrandpaAsync(ConversationHarness h)
    {
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("紧急情况");
        Assert.StartsWith("是哪个孩子？", li.AllReplies(), StringComparison.Ordinal);
        await li.SendAsync("1");
        Assert.StartsWith("出了什么事？", li.AllReplies(), StringComparison.Ordinal);
        await li.SendAsync("1");
        Assert.Contains("王德福（监护人）", li.AllReplies(), StringComparison.Ordinal);
        Assert.StartsWith("【紧急】王小明：孩子找不到了", yeye.AllReplies(), StringComparison.Ordinal);
        return (li, yeye);
    }

    [Fact]
    public async Task A_bare_1_from_the_alerted_grandfather_opens_no_leave_and_tells_him_how_to_answer()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (li, yeye) = await AlertedGrandpaAsync(h);

        await yeye.SendAsync("1");
        var said = yeye.AllReplies();
        Assert.DoesNotContain("请假", said, StringComparison.Ordinal);
        Assert.Equal("王小明有紧急情况，确认请回复「收到」。", said);
        Assert.Equal(string.Empty, li.AllReplies());

        await yeye.SendAsync("收到");
        Assert.StartsWith("已确认收到", yeye.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_he_has_confirmed_a_digit_is_the_menu_item_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (_, yeye) = await AlertedGrandpaAsync(h);
        await yeye.SendAsync("收到");
        yeye.AllReplies();

        await yeye.SendAsync("1");
        Assert.Equal("哪个孩子请假？\n1. 王小明\n2. 王小红", yeye.Reply());
    }
}
