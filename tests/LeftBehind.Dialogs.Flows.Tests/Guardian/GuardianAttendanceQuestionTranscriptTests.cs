using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Left by the previous round: the grandfather 王德福 asking whether the child went to school (小明今天到校了吗,
/// 今天去学校没) got 「没有这个选项」. Guardians may see their children's attendance (the access policy shows it to
/// them), so he is told what the school recorded, in one short sentence, or that nothing is recorded yet.
/// </summary>
public sealed class GuardianAttendanceQuestionTranscriptTests
{
    [Fact]
    public async Task A_grandfather_asking_whether_the_child_got_to_school_today_is_told_in_one_sentence()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var ming = await h.ChildAsync("王小明");
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, ming.Id, h.Today, AttendanceStatus.Present, null);
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");

        await yeye.SendAsync("小明今天到校了吗");
        Assert.Equal("王小明今天到校了。", yeye.Reply());
        yeye.NoMoreReplies();
    }

    [Fact]
    public async Task Asked_at_the_numbered_menu_the_question_is_answered_not_no_such_option()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var ming = await h.ChildAsync("王小明");
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, ming.Id, h.Today, AttendanceStatus.Sick, "发烧");
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("菜单");
        yeye.AllReplies();

        await yeye.SendAsync("小明今天到校了吗");
        Assert.Equal("王小明今天请了病假。", yeye.Reply());
    }

    [Fact]
    public async Task Without_a_child_named_the_grandfather_is_asked_which_then_told_that_nothing_is_recorded_yet()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");

        await yeye.SendAsync("今天去学校没");
        Assert.Equal("问哪个孩子？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("2");
        Assert.Equal("王小红今天的考勤学校还没记。", yeye.Reply());
    }

    [Fact]
    public async Task Asked_about_both_children_at_once_each_gets_a_sentence_in_one_message()
    {
        // Found playing the grandfather at 390×844: 「小明小红今天都到校了吗」 got 「问哪个孩子？」.
        await using var h = await ConversationHarness.CreateAsync();
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, (await h.ChildAsync("王小明")).Id, h.Today, AttendanceStatus.Present, null);
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");

        await yeye.SendAsync("小明小红今天都到校了吗");
        Assert.Equal("王小明今天到校了。\n王小红今天的考勤学校还没记。", yeye.Reply());
        yeye.NoMoreReplies();
    }
}
