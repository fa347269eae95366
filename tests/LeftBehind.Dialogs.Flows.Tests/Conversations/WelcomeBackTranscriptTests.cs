using LeftBehind.Tests.Parent;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Issue 13 item 5: "欢迎回来" on a new conversation (a second device, a cleared phone) names what is open or arrived
/// while away, because that conversation's history is not on the new screen.
/// </summary>
public sealed class WelcomeBackTranscriptTests
{
    [Fact]
    public async Task A_father_back_on_a_new_screen_sees_the_teachers_answer_that_came_while_he_was_away()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        var teacher = await h.BoundPhoneAsync("wang", "BFJS56");
        await teacher.SendAsync("家长的问题");
        teacher.AllReplies();
        await teacher.SendAsync("1");
        teacher.AllReplies();
        await teacher.SendAsync("1");
        teacher.AllReplies();
        await teacher.SendAsync("一般写到九点，我会提醒他早点睡。");
        Assert.Equal("已回答，家长会收到。", teacher.Reply());
        dad.AllReplies();

        await dad.JoinAsync();

        var welcome = dad.Reply();
        Assert.StartsWith("王建军，欢迎回来！", welcome);
        Assert.Contains("老师回答了您（王小明）：一般写到九点，我会提醒他早点睡。", welcome);
    }

    [Fact]
    public async Task A_grandfather_back_on_a_new_screen_is_told_the_emergency_is_still_open()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("小明不见了 找了一下午了");
        Assert.StartsWith("已经通知：", dad.Reply());
        grandpa.AllReplies();

        await grandpa.JoinAsync();

        var welcome = grandpa.Reply();
        Assert.StartsWith("王德福，欢迎回来！", welcome);
        Assert.Contains("【紧急】王小明的事还没结束：小明不见了 找了一下午了", welcome);
    }

    [Fact]
    public async Task A_teacher_back_on_a_new_screen_is_told_how_many_questions_wait()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = await h.BoundPhoneAsync("wang", "BFJS56");

        await teacher.JoinAsync();

        Assert.Contains("个家长的问题等您回答", teacher.Reply());
    }
}
