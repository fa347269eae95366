using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the paired teacher 王芳 on a fresh clone in Chromium at 390×844: at her questions' list (回复数字查看)
/// she typed 点名, the word teachers use for taking attendance (it works at her menu), and was told 没有这个选项，请回复 1
/// 到 1 的数字. 点名 and 考勤 on their own now start attendance at any of her questions, as 记考勤 does.
/// </summary>
public sealed class AttendanceWordAtInboxTranscriptTests
{
    [Theory]
    [InlineData("点名")]
    [InlineData("考勤")]
    public async Task The_word_for_attendance_at_the_questions_list_starts_attendance(string word)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (_, wang) = await h.TeacherWithParentsQuestionAsync();
        await wang.SendAsync("1");
        Assert.Contains("回复数字查看", wang.AllReplies(), StringComparison.Ordinal);

        await wang.SendAsync(word);
        var said = wang.AllReplies();
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        // A paired teacher is told what she may record; either way the answer is about attendance.
        Assert.Contains("考勤", said, StringComparison.Ordinal);
    }
}
