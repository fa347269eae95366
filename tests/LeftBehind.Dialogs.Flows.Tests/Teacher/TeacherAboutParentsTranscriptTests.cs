using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Left by earlier rounds of playing the teachers: 「给家长留言」 and 「家长找我说小明腿摔破了」 both went to her questions
/// (the analyzer reads them as ask_teacher, "a parent asks the teacher"). A teacher who wants to leave parents a message
/// gets a note the parents can read; what a parent told her is a note about the child, kept as she wrote it.
/// </summary>
public sealed class TeacherAboutParentsTranscriptTests
{
    [Theory]
    [InlineData("给家长留言")]
    [InlineData("我想给家长留个言")]
    public async Task A_teacher_leaving_parents_a_message_gets_a_note_the_parents_can_read(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (_, wang) = await h.TeacherWithParentsQuestionAsync();

        await wang.SendAsync(words);
        var said = wang.AllReplies();
        Assert.DoesNotContain("等您回答", said, StringComparison.Ordinal);
        Assert.StartsWith("写哪个学生的记录？", said, StringComparison.Ordinal);

        await wang.SendAsync("小明");
        Assert.StartsWith("属于哪一类？", wang.AllReplies(), StringComparison.Ordinal);
        await wang.SendAsync("1");
        // Parents are who it is for: not asked who may read it.
        Assert.Equal("请写记录内容。", wang.AllReplies());
        await wang.SendAsync("这周作业完成得很好，请家长多鼓励");
        Assert.Equal("记录已保存（学习，家长可以看）。", wang.AllReplies());
    }

    [Theory]
    [InlineData("家长找我说小明腿摔破了")]
    [InlineData("小明妈妈打电话跟我说小明腿摔破了")]
    public async Task What_a_parent_told_the_teacher_is_a_note_about_the_child_kept_as_written(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (_, wang) = await h.TeacherWithParentsQuestionAsync();

        await wang.SendAsync(words);
        var said = wang.AllReplies();
        Assert.DoesNotContain("等您回答", said, StringComparison.Ordinal);
        Assert.StartsWith("您写的内容先记下了。属于哪一类？", said, StringComparison.Ordinal);

        await wang.SendAsync("健康");
        Assert.StartsWith("谁可以看？", wang.AllReplies(), StringComparison.Ordinal);
        await wang.SendAsync("2");
        Assert.Equal("记录已保存（健康，只给老师看）。", wang.AllReplies());
    }
}
