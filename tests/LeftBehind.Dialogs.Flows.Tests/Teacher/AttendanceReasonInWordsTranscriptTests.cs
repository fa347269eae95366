using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the head teacher 李红梅 through the WeChat simulator: "缺 小明 感冒了" (the reason after the name, without
/// brackets, as she would say it) was refused with 这些名字不在本班：感冒了 and nothing was recorded. Words that give a reason
/// (感冒了, 发烧, 请假, 事假) after a name are her remark, as "（病假）" is; a name that is no child of the class is still refused.
/// </summary>
public sealed class AttendanceReasonInWordsTranscriptTests
{
    [Theory]
    [InlineData("缺 小明 感冒了")]
    [InlineData("缺：王小明 发烧请假")]
    [InlineData("缺:小明 病假")]
    public async Task A_reason_written_after_the_name_is_her_remark_and_the_child_is_recorded_absent(string list)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = h.NewPhone("li");
        await li.SendAsync(ConversationHarness.HeadTeacher);
        li.AllReplies();

        await li.SendAsync(list);
        Assert.Equal("已记录：三年级(1)班到5人，缺勤1人：王小明。", li.Reply());
        Assert.Equal(AttendanceStatus.Absent, await h.StatusAsync("王小明", h.Today));
        Assert.Equal(AttendanceStatus.Present, await h.StatusAsync("王小红", h.Today));
    }

    [Fact]
    public async Task A_name_that_is_no_child_of_the_class_is_still_refused_beside_a_reason()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var li = h.NewPhone("li");
        await li.SendAsync(ConversationHarness.HeadTeacher);
        li.AllReplies();

        await li.SendAsync("缺 王大锤 感冒了");
        Assert.Equal("这些名字不在本班：王大锤。\n考勤没有记录，请改好后再发一次。", li.Reply());
        Assert.Null(await h.StatusAsync("王小明", h.Today));
    }
}
