using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the mother in English through the WeChat simulator on a Tuesday: "1 school days". The summary names
/// its figures the way it names the others ("present 1"), so one day and many read alike.
/// </summary>
public sealed class EnglishAttendanceOneDayTranscriptTests
{
    [Fact]
    public async Task This_weeks_attendance_on_a_monday_reads_as_english()
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        h.Time.Advance(TimeSpan.FromDays(4));
        var child = await h.ChildAsync("王小明");
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, child.Id, h.Today, AttendanceStatus.Present);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("my code is BABA23");
        dad.AllReplies();
        await dad.SendAsync("Did my child go to school this week?");
        Assert.Equal("Which child?", dad.Reply());
        await dad.SendAsync("1");
        var summary = dad.Reply();
        Assert.StartsWith("王小明, this week (Nov 23): school days 1, present ", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("1 school days", summary, StringComparison.Ordinal);
    }
}
