using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Played as 王德福 by SMS on an emergency 李红梅 raised: he answers 收到, and a minute later 收到 again (he is not sure
/// it went). The second went to the whole family as an urgent 「王德福（监护人）：收到」. An acknowledgement word
/// carries no news: it is confirmed to him again and passed on to nobody; nor is the raiser's own 收到.
/// </summary>
public sealed class RepeatedAcknowledgementTranscriptTests
{
    [Fact]
    public async Task A_grandfather_who_answers_收到_twice_is_told_again_it_was_confirmed_and_the_family_gets_no_urgent_收到_from_him()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        await teacher.SendAsync("王小明放学没回家，到处找不到");
        Assert.StartsWith("已经通知", teacher.AllReplies());
        grandpa.AllReplies();
        dad.AllReplies();

        await grandpa.SendAsync("收到");
        Assert.Equal("已确认收到（王小明）。谢谢！", grandpa.AllReplies());
        Assert.Contains("王德福（监护人）已确认收到王小明的紧急情况。", teacher.AllReplies());
        await grandpa.SendAsync("收到了");

        Assert.Equal("已确认收到（王小明）。谢谢！", grandpa.AllReplies());
        Assert.DoesNotContain("王德福（监护人）：收到", dad.AllReplies());
        Assert.DoesNotContain("王德福（监护人）：收到", teacher.AllReplies());

        await teacher.SendAsync("收到");
        Assert.DoesNotContain("已转给", teacher.AllReplies());
        Assert.DoesNotContain("李红梅（班主任）：收到", grandpa.AllReplies());
    }
}
