using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 at 390×844: "小明发烧了没来" was answered with the bare menu, as if nothing had
/// been said. A child's absence told in words is today's attendance: she is asked for the day's list, in the form that
/// records it ("缺：王小明（发烧）").
/// </summary>
public sealed class AbsenceInWordsTranscriptTests
{
    [Theory]
    [InlineData("小明发烧了没来")]
    [InlineData("王小明今天请假了")]
    [InlineData("刘阳今天没来上学")]
    public async Task A_childs_absence_told_in_words_asks_for_the_days_attendance(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");

        await li.SendAsync(message);
        var said = li.AllReplies();
        Assert.Contains("的考勤：全到就回「全到」，有缺勤就回「缺：张三 李四」。", said, StringComparison.Ordinal);
        Assert.DoesNotContain("要做什么", said, StringComparison.Ordinal);
    }
}
