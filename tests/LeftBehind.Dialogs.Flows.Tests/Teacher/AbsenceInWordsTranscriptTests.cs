using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 at 390×844: at 「三年级(1)班 12月8日的考勤：…有缺勤就回「缺：张三 李四」」 she
/// wrote 「小明病假 其他都到了」 and got 没看懂. At that question a child said to be absent in words, each with the word
/// of absence after the name, is the list 「缺：…」 itself; a word nobody can read as a name of the class is still
/// listed back and nothing is written. Her 「今天谁没来」 at the same question, on the third try, dropped the attendance
/// with 「没关系，这一步先跳过」: a question about the day is answered there and the question stays.
/// </summary>
public sealed class AbsenceInWordsTranscriptTests
{
    [Theory]
    [InlineData("小明病假 其他都到了")]
    [InlineData("小明请假了，其他人都来了")]
    [InlineData("王小明发烧没来")]
    public async Task A_childs_absence_told_in_words_at_the_attendance_question_is_recorded_as_the_list(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");
        Assert.Contains("有缺勤就回「缺：张三 李四」", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync(words);

        var said = li.AllReplies();
        Assert.DoesNotContain("没看懂", said, StringComparison.Ordinal);
        Assert.Contains("缺勤1人", said, StringComparison.Ordinal);
        await li.SendAsync("今天谁没来");
        Assert.Contains("王小明", li.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_children_absent_in_words_are_both_recorded()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");
        li.AllReplies();

        await li.SendAsync("小明病假 刘阳没来 其他都到了");

        Assert.Contains("缺勤2人", li.AllReplies(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("小明没请假 其他都到了")]
    [InlineData("我病假 其他都到了")]
    public async Task Words_that_are_no_name_of_the_class_write_nothing(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");
        li.AllReplies();

        await li.SendAsync(words);

        var said = li.AllReplies();
        Assert.DoesNotContain("已记录", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_about_the_day_at_the_attendance_question_is_answered_and_the_question_stays()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("点名");
        li.AllReplies();
        // Two answers that are no list (小红迟到了 was one until late could be recorded: it now is the list).
        await li.SendAsync("让我想想");
        li.AllReplies();
        await li.SendAsync("不对");
        li.AllReplies();

        await li.SendAsync("今天谁没来");

        var said = li.AllReplies();
        Assert.DoesNotContain("跳过", said, StringComparison.Ordinal);
        Assert.Contains("今天还没记考勤", said, StringComparison.Ordinal);
        Assert.Contains("有缺勤就回「缺：张三 李四」", said, StringComparison.Ordinal);
        await li.SendAsync("全到");
        Assert.Contains("全到，共", li.AllReplies(), StringComparison.Ordinal);
    }
}
