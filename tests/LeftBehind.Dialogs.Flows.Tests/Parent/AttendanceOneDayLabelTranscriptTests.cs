using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father on a Monday: "小明这周上学了吗" answered 「这周（12月7日到12月7日）」, a one-day "range".
/// This week (month) so far is named by its one day when it has only one, and as a range from the second day on.
/// </summary>
public sealed class AttendanceOneDayLabelTranscriptTests
{
    /// <summary>Monday 7 December 2026, 08:00 in Shanghai.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 1 December 2026, 08:00 in Shanghai.</summary>
    private static readonly DateTimeOffset FirstOfMonth = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task On_a_Monday_this_week_is_named_by_its_one_day_and_by_a_range_from_Tuesday_on()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        h.Time.SetUtcNow(Monday);
        await teacher.SendAsync("全到");
        teacher.AllReplies();
        dad.AllReplies();

        await dad.SendAsync("小明这周上学了吗");
        Assert.StartsWith("王小明这周（12月7日）：上学 1 天，到校 1 天", dad.Reply(), StringComparison.Ordinal);

        h.Time.Advance(TimeSpan.FromDays(2));
        await teacher.SendAsync("全到");
        teacher.AllReplies();
        dad.AllReplies();
        await dad.SendAsync("小明这周上学了吗");
        Assert.StartsWith("王小明这周（12月7日到12月9日）：上学 2 天，到校 2 天", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_first_of_the_month_this_month_is_named_by_its_one_day()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        h.Time.SetUtcNow(FirstOfMonth);
        await teacher.SendAsync("全到");
        teacher.AllReplies();
        dad.AllReplies();

        await dad.SendAsync("小明这个月上学了吗");
        Assert.StartsWith("王小明这个月（12月1日）：上学 1 天，到校 1 天", dad.Reply(), StringComparison.Ordinal);
    }
}
