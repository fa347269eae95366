using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Left by earlier rounds of playing the head teacher 李红梅: when she sent the day's list, the closing message said only
/// how many were absent (已记录：三年级(1)班到4人，缺勤2人。), so she could not check at a glance that the right children
/// were recorded. It now names them (her own class's children, hers to see), every absent child of the day.
/// </summary>
public sealed class AttendanceDoneNamesAbsentTranscriptTests
{
    [Fact]
    public async Task The_closing_message_names_the_children_recorded_absent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync("记考勤");
        li.AllReplies();
        await li.SendAsync("缺：刘阳 王小明");

        Assert.Equal("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。", li.Reply());
        Assert.Equal(AttendanceStatus.Absent, await h.StatusAsync("刘阳", h.Today));
    }

    [Fact]
    public async Task A_second_list_names_every_child_absent_that_day()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync("缺：王小明");
        Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：王小明。", li.Reply());
        await li.SendAsync("缺：刘阳");
        Assert.Equal("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。", li.Reply());
    }

    [Fact]
    public async Task A_correction_names_who_is_still_absent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        await li.SendAsync("缺：王小明 刘阳");
        li.AllReplies();

        await li.SendAsync("改：王小明 到校");

        Assert.Equal("已改正：王小明到校。三年级(1)班今天到5人，缺勤1人：刘阳。", li.Reply());
    }
}
