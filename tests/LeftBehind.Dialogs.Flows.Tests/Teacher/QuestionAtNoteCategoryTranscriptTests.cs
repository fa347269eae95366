using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found by earlier play sessions as the teacher: a question typed where a note's category is asked (属于哪一类？) was
/// kept as the note's text (您写的内容先记下了), and 给家长留言 typed at another flow's question went to her questions'
/// list. A question there is no note: it is answered as at the menu, and nothing is saved as a note; 给家长留言 anywhere
/// begins the note the parents may read.
/// </summary>
public sealed class QuestionAtNoteCategoryTranscriptTests
{
    [Theory]
    [InlineData("今天谁没来？")]
    [InlineData("今天孩子们都到齐了吗")]
    [InlineData("有没有家长找我留言？")]
    public async Task A_question_at_the_category_question_is_not_kept_as_the_note(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        await li.SendAsync("写记录");
        Assert.StartsWith("写哪个学生的记录？", li.AllReplies(), StringComparison.Ordinal);
        await li.SendAsync("小明");
        Assert.StartsWith("属于哪一类？", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync(question);
        var said = li.AllReplies();
        Assert.DoesNotContain("您写的内容先记下了", said, StringComparison.Ordinal);
        Assert.DoesNotContain("谁可以看", said, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("记考勤")]
    [InlineData("记谈心")]
    [InlineData("写记录")]
    [InlineData("记家访")]
    [InlineData("录入孩子回信")]
    [InlineData("登记临时监护人")]
    [InlineData("记五个一")]
    public async Task Leaving_the_parents_a_message_at_another_flows_question_begins_the_parents_note(string flow)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        await li.SendAsync(flow);
        li.AllReplies();

        await li.SendAsync("给家长留言");
        var said = li.AllReplies();
        Assert.DoesNotContain("回复数字查看", said, StringComparison.Ordinal);
        Assert.DoesNotContain("等您回答", said, StringComparison.Ordinal);
        Assert.Contains("写哪个学生的记录？", said, StringComparison.Ordinal);
        await li.SendAsync("小明");
        Assert.StartsWith("属于哪一类？", li.AllReplies(), StringComparison.Ordinal);
        await li.SendAsync("1");
        // Parents are who it is for: not asked who may read it.
        Assert.Equal("请写记录内容。", li.AllReplies());
    }

    [Fact]
    public async Task Leaving_the_parents_a_message_at_the_questions_list_begins_the_parents_note()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (_, wang) = await h.TeacherWithParentsQuestionAsync();
        await wang.SendAsync("家长的问题");
        wang.AllReplies();

        await wang.SendAsync("给家长留言");
        var said = wang.AllReplies();
        Assert.DoesNotContain("没有这个选项", said, StringComparison.Ordinal);
        Assert.Contains("写哪个学生的记录？", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_the_parent_a_message_at_an_opened_question_is_answering_it_not_the_answer_itself()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var (dad, wang) = await h.TeacherWithParentsQuestionAsync();
        await wang.SendAsync("家长的问题");
        await wang.SendAsync("1");
        Assert.Contains("1. 回答", wang.AllReplies(), StringComparison.Ordinal);

        await wang.SendAsync("给家长留言");
        Assert.Equal("请写下您的回答，家长会直接收到。", wang.AllReplies());
        Assert.Empty(dad.AllReplies());
    }
}
