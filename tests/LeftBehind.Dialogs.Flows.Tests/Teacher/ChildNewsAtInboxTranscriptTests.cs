using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found by earlier play sessions as the teacher: at the list of parents' questions (回复数字查看) she typed 小明迟到了 and
/// 王小明's question opened (回答/转给班主任/关闭), the child's name taken for a pick. A line about a child there (late,
/// absent, on leave) is what it says, today's attendance, and no question is opened.
/// </summary>
public sealed class ChildNewsAtInboxTranscriptTests
{
    [Fact]
    public async Task A_child_said_late_at_the_head_teachers_questions_list_is_recorded_late_and_opens_no_question()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await HeadTeacherWithQuestionAsync(h);
        await li.SendAsync("家长的问题");
        Assert.Contains("回复数字查看", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync("小明迟到了");
        var said = li.AllReplies();
        Assert.DoesNotContain("1. 回答", said, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("迟到", said, StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Late, await h.StatusAsync("王小明", h.Today));
    }

    [Theory]
    [InlineData("小明今天没来")]
    [InlineData("王小明请病假了")]
    public async Task A_child_said_absent_at_the_questions_list_is_attendance_not_a_pick(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await HeadTeacherWithQuestionAsync(h);
        await li.SendAsync("家长的问题");
        li.AllReplies();

        await li.SendAsync(words);
        var said = li.AllReplies();
        Assert.DoesNotContain("1. 回答", said, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
                Assert.Contains("考勤", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_childs_name_alone_at_the_questions_list_still_opens_that_question()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await HeadTeacherWithQuestionAsync(h);
        await li.SendAsync("家长的问题");
        li.AllReplies();

        await li.SendAsync("小明");
        Assert.StartsWith("王小明的家长问", li.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_said_late_at_the_paired_teachers_questions_list_opens_no_question()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (_, wang) = await h.TeacherWithParentsQuestionAsync();
        await wang.SendAsync("家长的问题");
        wang.AllReplies();

        await wang.SendAsync("小明迟到了");
        var said = wang.AllReplies();
        Assert.DoesNotContain("1. 回答", said, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("考勤", said, StringComparison.Ordinal);
    }

    /// <summary>The paired teacher hands the father's question over: it waits at the head teacher's.</summary>
    private static async Task<Phone> HeadTeacherWithQuestionAsync(ConversationHarness h)
    {
        var (_, wang) = await h.TeacherWithParentsQuestionAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        await wang.SendAsync("家长的问题");
        await wang.SendAsync("1");
        await wang.SendAsync("2");
        Assert.Contains("转给班主任", wang.AllReplies(), StringComparison.Ordinal);
        li.AllReplies();
        return li;
    }
}
