using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher through the WeChat simulator: at her menu she wrote 今天作业太多孩子们都要疯了 and was
/// asked 是哪个学生的回信？, as if she had brought a child's reply letter to enter: the sentence shares 孩子 with the title
/// 录入孩子回信. In a sentence, two shared characters pick a title only when they are half of it or more.
/// </summary>
public sealed class TeacherRemarkAtMenuTranscriptTests
{
    [Fact]
    public async Task A_remark_about_homework_at_the_menu_does_not_open_the_childs_reply_letter()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        li.AllReplies();

        await li.SendAsync("今天作业太多孩子们都要疯了");
        Assert.DoesNotContain("回信", li.AllReplies(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("录入回信")]
    [InlineData("小明写了回信")]
    public async Task A_reply_letter_said_at_the_menu_still_opens_it(string said)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        li.AllReplies();

        await li.SendAsync(said);
        Assert.Contains("回信", li.AllReplies(), StringComparison.Ordinal);
    }
}
