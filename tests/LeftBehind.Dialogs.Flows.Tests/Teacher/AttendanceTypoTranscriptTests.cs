using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 in Chromium at 390×844: 考情 — 考勤 as a pinyin keyboard offers it first
/// (kaoqing) — got 没有这个选项，请回复 1 到 9 的数字. It is attendance, as 谈新 is the weekly talk.
/// </summary>
public sealed class AttendanceTypoTranscriptTests
{
    [Theory]
    [InlineData("考情")]
    [InlineData("记考情")]
    public async Task Attendance_typed_with_the_pinyin_keyboards_first_offer_is_attendance(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync(typed);
        var said = li.AllReplies();
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("的考勤：全到就回「全到」", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_after_the_typo_is_recorded()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync("考情 缺：刘阳");
        Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：刘阳。", li.Reply());
    }
}
