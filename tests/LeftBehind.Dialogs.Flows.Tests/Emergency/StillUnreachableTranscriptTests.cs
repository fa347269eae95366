using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// 还联系不上, said again and again on an open emergency by a worried grandfather or the teacher: the family hears it
/// once, not the same urgent line three times in a minute; the writer is told it already went. Anything new, or the
/// same words a while later (still no news is news), goes to everyone as before.
/// </summary>
public sealed class StillUnreachableTranscriptTests
{
    private static async Task<(Phone Grandpa, Phone Dad, Phone Teacher, ConversationHarness H)> RaisedAsync()
    {
        var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");
        await teacher.SendAsync("王小明今天没来上课，家里电话打不通，联系不上家长，紧急");
        Assert.StartsWith("已经通知：王建军（爸爸）、王德福（监护人）", teacher.AllReplies());
        grandpa.AllReplies();
        dad.AllReplies();
        return (grandpa, dad, teacher, h);
    }

    [Fact]
    public async Task A_grandfather_who_answers_the_alert_还联系不上_three_times_in_a_minute_reaches_the_family_once_and_is_told_it_already_went()
    {
        var (grandpa, dad, teacher, h) = await RaisedAsync();
        await using var _ = h;

        await grandpa.SendAsync("还联系不上");
        Assert.StartsWith("已转给：李红梅（班主任）、王建军（爸爸）", grandpa.AllReplies());
        await grandpa.SendAsync("还联系不上");
        await grandpa.SendAsync("还联系不上！！");

        var repeats = grandpa.AllReplies();
        Assert.DoesNotContain("已转给", repeats);
        Assert.Contains("已经转给大家", repeats);
        Assert.Equal(1, CountOf(dad.AllReplies(), "王德福（监护人）：还联系不上"));
        Assert.Equal(1, CountOf(teacher.AllReplies(), "王德福（监护人）：还联系不上"));
        var e = Assert.Single(await h.Get<IEmergencyService>().ListAsync(null, 10));
        Assert.Single(e.Timeline, t => t.Kind == "reply");
    }

    [Fact]
    public async Task The_teachers_还联系不上_an_hour_later_and_anything_new_still_reach_everyone()
    {
        var (grandpa, dad, teacher, h) = await RaisedAsync();
        await using var _ = h;

        await teacher.SendAsync("还联系不上");
        await teacher.SendAsync("还联系不上");
        Assert.Equal(1, CountOf(grandpa.AllReplies(), "李红梅（班主任）：还联系不上"));
        await teacher.SendAsync("还联系不上，派出所已经在找了");
        Assert.Contains("李红梅（班主任）：还联系不上，派出所已经在找了", dad.AllReplies());

        h.Time.Advance(TimeSpan.FromHours(1));
        await teacher.SendAsync("还联系不上");
        Assert.Contains("已转给", teacher.AllReplies());
        Assert.Contains("李红梅（班主任）：还联系不上", grandpa.AllReplies());
        Assert.Single(await h.Get<IEmergencyService>().ListAsync(null, 10));
    }

    private static int CountOf(string text, string line) => text.Split(line).Length - 1;
}
