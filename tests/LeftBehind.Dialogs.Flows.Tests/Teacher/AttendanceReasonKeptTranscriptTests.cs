using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found by earlier play sessions as the head teacher 李红梅: the reason she gave in the list (缺 刘阳（发烧）) was read
/// as her remark and then dropped, so the record said only 缺勤; and asked 今天谁没来？ after 小明迟到 the bot named who
/// was absent but not who came late. The reason is now kept on the child's day, and the day's answer names the late.
/// </summary>
public sealed class AttendanceReasonKeptTranscriptTests
{
    [Theory]
    [InlineData("缺 刘阳（发烧）", "发烧")]
    [InlineData("缺：刘阳(病假)", "病假")]
    [InlineData("缺：刘阳 感冒了", "感冒了")]
    public async Task A_reason_given_in_the_list_is_kept_on_the_childs_day(string list, string reason)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync(list);
        Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：刘阳。", li.Reply());
        Assert.Equal(new AttendanceDay(h.Today, AttendanceStatus.Absent, reason), await DayAsync(h, "刘阳"));
        Assert.Equal(new AttendanceDay(h.Today, AttendanceStatus.Present, null), await DayAsync(h, "王小红"));
    }

    [Fact]
    public async Task Each_childs_own_reason_is_kept_and_a_child_without_one_has_none()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync("缺：刘阳（发烧） 王小明");
        Assert.Equal("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。", li.Reply());
        Assert.Equal("发烧", (await DayAsync(h, "刘阳"))?.Reason);
        Assert.Equal(new AttendanceDay(h.Today, AttendanceStatus.Absent, null), await DayAsync(h, "王小明"));
    }

    [Fact]
    public async Task Asked_about_the_day_after_a_child_came_late_the_answer_names_the_late_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        await li.SendAsync("缺：刘阳 小明迟到");
        Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：刘阳。迟到1人：王小明。", li.Reply());

        await li.SendAsync("今天谁没来？");
        var said = li.Reply();
        Assert.StartsWith("三年级(1)班今天已记：到5人，缺勤1人：刘阳。迟到1人：王小明。", said, StringComparison.Ordinal);
    }

    private static async Task<AttendanceDay?> DayAsync(ConversationHarness h, string child) =>
        (await h.Get<IAttendanceService>().GetAsync(Actor.Admin, (await h.ChildAsync(child)).Id, h.Today, h.Today))?.Days.SingleOrDefault();
}
