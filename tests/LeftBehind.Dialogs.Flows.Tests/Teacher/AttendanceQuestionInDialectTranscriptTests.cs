using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the paired teacher 王芳 in Chromium at 390×844: 「小明今天来了没得」 (没得, 没有 in the south-west's
/// speech). At the menu the analyzer takes her question to the child's day, but the attendance's own reading of a question
/// did not know 没得: the head teacher's 「今天都到齐了没得」 got the list's question instead of the day as recorded. Asked
/// with 没得 (or Cantonese 冇) it is the same question as with 吗.
/// </summary>
public sealed class AttendanceQuestionInDialectTranscriptTests
{
    [Theory]
    [InlineData("小明今天来了没得")]
    [InlineData("小明今天来咗冇")]
    public async Task The_paired_teacher_asking_in_dialect_gets_the_childs_day(string asked)
    {
        await using var h = await ConversationHarness.CreateAsync();
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, (await h.ChildAsync("王小明")).Id, h.Today, AttendanceStatus.Present, null);
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");
        await wang.SendAsync("小明今天来了吗");
        var plain = wang.AllReplies();
        Assert.Contains("王小明", plain, StringComparison.Ordinal);

        await wang.SendAsync(asked);

        Assert.Equal(plain, wang.AllReplies());
    }

    [Fact]
    public async Task The_head_teacher_asking_in_dialect_gets_the_day_as_recorded()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", ConversationHarness.HeadTeacher);
        await li.SendAsync("缺：刘阳");
        li.AllReplies();

        await li.SendAsync("今天都到齐了没得");

        Assert.Equal("三年级(1)班今天已记：到5人，缺勤1人：刘阳。要改就回「改：名字 到校」。", li.AllReplies());
    }
}
