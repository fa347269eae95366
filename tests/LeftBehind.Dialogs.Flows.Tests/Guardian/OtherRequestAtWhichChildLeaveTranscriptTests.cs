using LeftBehind.Archive.Model;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather: at 「哪个孩子请假？」 a different request that names a child ("小红这周上学了吗")
/// was read as the answer: 王小红 was taken as the child and "这周" as the days of a leave he never asked for. A
/// plain other request ends the question and is answered as itself; nothing is filed.
/// </summary>
public sealed class OtherRequestAtWhichChildLeaveTranscriptTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task An_attendance_question_at_which_child_takes_leave_is_not_read_as_a_leave_for_that_child()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var yeye = _h.NewPhone("yeye");
        await yeye.SendAsync("请假");
        Assert.StartsWith("哪个孩子请假？", yeye.Reply(), StringComparison.Ordinal);

        await yeye.SendAsync("小红这周上学了吗");
        var answer = yeye.AllReplies();
        Assert.DoesNotContain("为什么请假？", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("哪天", answer, StringComparison.Ordinal);
        // Guardians are told their children's attendance (GuardianAttendanceQuestionTranscriptTests).
        Assert.StartsWith("王小红这周：到校", answer, StringComparison.Ordinal);

        // Whatever he answers next, no leave is on record for 小红.
        await yeye.SendAsync("1");
        yeye.AllReplies();
        for (var day = _h.Today; day <= _h.Today.AddDays(4); day = day.AddDays(1))
            Assert.False(await _h.StatusAsync("王小红", day) is AttendanceStatus.Leave or AttendanceStatus.Sick);
    }

    [Theory]
    [InlineData("小红")]
    [InlineData("小红呢？")]
    [InlineData("是小红")]
    public async Task The_childs_name_at_which_child_takes_leave_still_answers_it(string answer)
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var yeye = _h.NewPhone("yeye");
        await yeye.SendAsync("请假");
        Assert.StartsWith("哪个孩子请假？", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync(answer);
        Assert.StartsWith("请哪天的假？", yeye.Reply(), StringComparison.Ordinal);
    }
}
