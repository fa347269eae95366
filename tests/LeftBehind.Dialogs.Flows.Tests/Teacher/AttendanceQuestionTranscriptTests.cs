using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing 李红梅 through the WeChat simulator: after recording the day (缺 刘阳, then 改:刘阳 到了) she asked
/// 「今天孩子们都到齐了吗」 and was asked for the day's list again, as if nothing were recorded. A head teacher's question
/// about today is answered from what is recorded; with nothing recorded yet she is asked for the list as before.
/// </summary>
public sealed class AttendanceQuestionTranscriptTests
{
    [Theory]
    [InlineData("今天孩子们都到齐了吗")]
    [InlineData("今天谁没来？")]
    [InlineData("有没有缺勤的")]
    public async Task A_head_teacher_asking_whether_everyone_came_today_is_told_what_is_recorded(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("缺：刘阳");
        Assert.Contains("缺勤1人", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync(question);

        var said = li.AllReplies();
        Assert.DoesNotContain("全到就回「全到」", said, StringComparison.Ordinal);
        Assert.Contains("缺勤1人：刘阳", said, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_a_letter_arriving_is_not_read_as_one_about_attendance() =>
        Assert.False(LeftBehind.Dialogs.Teacher.AttendanceText.AsksAboutToday("家长的回信到了吗"));

    [Fact]
    public async Task With_nothing_recorded_today_the_same_question_asks_for_the_list()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync("今天孩子们都到齐了吗");

        Assert.Contains("的考勤：全到就回「全到」", li.AllReplies(), StringComparison.Ordinal);
    }
}
