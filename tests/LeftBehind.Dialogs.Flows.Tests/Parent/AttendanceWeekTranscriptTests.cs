using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Issue #12, "wrong records", seen from the father's side: the head teacher's two quick absence lists on one day
/// ("缺：王小明", then "缺：刘阳") overwrote 王小明's absence as present, and the father then read "上学 6 天，到校 6
/// 天" for a five-day week. Behind the real router, dialogs and archive, the father's "小明这周上学了吗" counts the
/// week's five school days and the one absence.
/// </summary>
public sealed class AttendanceWeekTranscriptTests
{
    /// <summary>Monday 23 November 2026, 08:00 in Shanghai.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task After_two_quick_absence_lists_on_one_day_the_father_reads_five_school_days_and_four_at_school_never_six()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        h.Time.SetUtcNow(Monday);

        for (var day = 0; day < 5; day++)
        {
            if (day == 2)
            {
                await teacher.SendAsync("缺：王小明");
                Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：王小明。", teacher.Reply());
                await teacher.SendAsync("缺：刘阳");
                Assert.Equal("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。", teacher.Reply());
            }
            else
            {
                await teacher.SendAsync("全到");
                Assert.Equal("已记录：三年级(1)班全到，共6人。", teacher.Reply());
            }
            teacher.AllReplies();
            h.Time.Advance(TimeSpan.FromDays(1));
        }

        // Sunday: attendance is not offered without asking, and the teacher declines it.
        h.Time.Advance(TimeSpan.FromDays(1));
        await teacher.SendAsync("全到");
        Assert.StartsWith("今天11月29日是星期日，不上课。还要记考勤吗？", teacher.Reply());
        await teacher.SendAsync("2");
        Assert.Equal("好，今天不记考勤。", teacher.AllReplies());
        h.Time.Advance(TimeSpan.FromHours(12));

        dad.AllReplies();
        await dad.SendAsync("小明这周上学了吗");
        var answer = dad.Reply();
        Assert.StartsWith("王小明这周（11月23日到11月29日）：上学 5 天，到校 4 天，缺勤 1 天，迟到 0 天，请假 0 天。", answer);
        Assert.Contains("11月25日", answer);
        Assert.DoesNotContain("6 天", answer);
    }
}
