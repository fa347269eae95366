using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 at 390×844: at 「三年级(1)班 12月7日的考勤」 she wrote 「小明 小红都到了 其他人也到了」
/// and got 没看懂 (only 「全到」 and five set phrases counted), then typed 谈心 and got 没看懂 again, and on her third try
/// the attendance was dropped. Everyone present said in words is recorded as 全到; anything that names an absence or
/// negates is not (a child missing from school must never be recorded as present). A menu item without its verb
/// (谈心 for 记谈心) is that item at any question, as at the menu.
/// </summary>
public sealed class AllPresentInWordsTranscriptTests
{
    [Theory]
    [InlineData("小明 小红都到了 其他人也到了")]
    [InlineData("今天大家都到了")]
    [InlineData("全班都来了")]
    [InlineData("一个不少")]
    [InlineData("没有缺勤的")]
    public async Task Everyone_present_said_in_words_at_the_attendance_question_is_recorded_as_all_present(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");
        Assert.Contains("的考勤：全到就回「全到」", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync(words);

        var said = li.AllReplies();
        Assert.DoesNotContain("没看懂", said, StringComparison.Ordinal);
        Assert.Contains("全到，共", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("小明没到 其他人都到了")]
    [InlineData("都没到")]
    [InlineData("没有全到")]
    [InlineData("小明小红都到了")]
    public async Task Words_that_leave_someone_out_or_negate_are_never_recorded_as_all_present(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");

        await li.SendAsync(words);

        Assert.DoesNotContain("全到，共", li.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_teacher_who_types_谈心_at_the_attendance_question_is_asked_which_child_the_talk_is_with()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");

        await li.SendAsync("谈心");

        var said = li.AllReplies();
        Assert.DoesNotContain("没看懂", said, StringComparison.Ordinal);
        Assert.Contains("记哪个孩子这周的谈心？", said, StringComparison.Ordinal);
    }
}
