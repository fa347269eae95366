using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found in earlier rounds' play as the head teacher 李红梅: "应急演练通知" and "明天下午应急演练，通知家长" opened 写记录
/// (a note about one child). A notice for the class's families is neither a note nor an emergency: she is told plainly
/// that the chat does not send class notices, nothing is recorded, and no alert reaches any family.
/// </summary>
public sealed class ClassNoticeTranscriptTests
{
    [Theory]
    [InlineData("应急演练通知")]
    [InlineData("明天下午应急演练，通知家长")]
    [InlineData("通知家长明天下午消防演练")]
    [InlineData("家长会通知：周五下午三点")]
    public async Task A_drill_notice_for_the_parents_is_not_a_note_and_alarms_nobody(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync(message);
        var said = li.AllReplies();
        Assert.DoesNotContain("写记录", said, StringComparison.Ordinal);
        Assert.DoesNotContain("记录哪个孩子", said, StringComparison.Ordinal);
        Assert.DoesNotContain("紧急", said, StringComparison.Ordinal);
        Assert.Contains("班级通知", said, StringComparison.Ordinal);
        Assert.Empty(dad.AllReplies());
    }

    [Fact]
    public async Task A_drill_notice_typed_at_the_numbered_menu_is_answered_the_same()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("0");
        Assert.StartsWith("老师您好，要做什么？", li.Reply(), StringComparison.Ordinal);

        await li.SendAsync("应急演练通知");
        Assert.StartsWith("班级通知（发给全班家长的）我这里还发不了", li.Reply(), StringComparison.Ordinal);
        li.NoMoreReplies();
    }

    [Fact]
    public async Task A_message_about_one_child_that_mentions_the_parents_is_not_a_class_notice()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync("王小明今天作业没交，通知家长");
        Assert.DoesNotContain("班级通知", li.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_typed_where_a_child_is_asked_is_answered_and_the_question_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("写记录");
        Assert.StartsWith("写哪个学生的记录？", li.Reply(), StringComparison.Ordinal);

        await li.SendAsync("今天天气热，提醒家长给孩子带水");
        Assert.StartsWith("班级通知（发给全班家长的）我这里还发不了", li.Reply(), StringComparison.Ordinal);
        Assert.StartsWith("写哪个学生的记录？", li.Reply(), StringComparison.Ordinal);
        li.NoMoreReplies();
    }
}
