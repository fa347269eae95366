using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found by earlier play sessions as the head teacher 李红梅: 给家长留言：明天开家长会，请准时参加 — a message for every family
/// of the class — was asked 写哪个学生的记录？ and would have become a note on one child. A message about a class event
/// (家长会, 放假, 停课, 返校) that names no child is a class notice: she is told plainly that the chat does not send
/// those (and where a parents' meeting is scheduled), nothing is written and no family hears anything.
/// </summary>
public sealed class ClassNoticeAsParentsMessageTranscriptTests
{
    [Theory]
    [InlineData("给家长留言：明天开家长会，请准时参加")]
    [InlineData("明天下午开家长会，请准时参加")]
    [InlineData("给家长留言：下周一放假，周三返校")]
    public async Task A_class_wide_message_for_the_parents_is_said_not_sent_and_asks_for_no_child(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync(message);
        var said = li.AllReplies();
        Assert.StartsWith("班级通知（发给全班家长的）我这里还发不了", said, StringComparison.Ordinal);
        Assert.Contains("学校工作台", said, StringComparison.Ordinal);
        Assert.DoesNotContain("哪个学生", said, StringComparison.Ordinal);
        Assert.Empty(dad.AllReplies());
    }

    [Fact]
    public async Task A_message_for_one_childs_parents_about_the_meeting_is_still_their_note()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);

        await li.SendAsync("给小明家长留言：明天开家长会，请一定来");
        var said = li.AllReplies();
        Assert.DoesNotContain("班级通知", said, StringComparison.Ordinal);
        Assert.StartsWith("您写的内容先记下了。属于哪一类？", said, StringComparison.Ordinal);
    }
}
