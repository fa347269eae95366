using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>The set-up of a teacher with a parent's question waiting: the father asked about 王小明 and the teacher's phone is bound.</summary>
internal static class ParentsQuestionWaiting
{
    /// <summary>
    /// The father (BABA23) asks the teacher 「小明最近作业多不多」 and confirms; the teacher (<paramref name="teacherCode"/>,
    /// the paired teacher 王芳 unless said) is bound. Every reply so far is read.
    /// </summary>
    public static async Task<(Phone Dad, Phone Teacher)> TeacherWithParentsQuestionAsync(this ConversationHarness h, string teacherCode = ConversationHarness.MentorTeacher)
    {
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        var teacher = await h.BoundPhoneAsync("teacher", teacherCode);
        await dad.SendAsync("问问老师 小明最近作业多不多");
        await dad.SendAsync("是");
        dad.AllReplies();
        teacher.AllReplies();
        return (dad, teacher);
    }
}
