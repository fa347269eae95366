using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 at 390×844: told 「小明发烧了没来」, she was asked for the day's attendance list,
/// changed her mind and typed 写记录, and got 没看懂。请回「全到」… twice, as if a menu item were a wrong list. A clear
/// request of her own at that question leaves it (nothing is recorded) and starts what she asked for.
/// </summary>
public sealed class ChangeOfMindAtAttendanceTranscriptTests
{
    [Fact]
    public async Task A_head_teacher_who_types_写记录_at_the_attendance_list_is_asked_which_child_the_note_is_for()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = await h.BoundPhoneAsync("li", "BZR789");
        await li.SendAsync("小明发烧了没来");
        Assert.Contains("的考勤：全到就回「全到」", li.AllReplies(), StringComparison.Ordinal);

        await li.SendAsync("写记录");

        var said = li.AllReplies();
        Assert.DoesNotContain("没看懂", said, StringComparison.Ordinal);
        Assert.Contains("写哪个学生的记录？", said, StringComparison.Ordinal);
    }
}
