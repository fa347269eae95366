using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Schema;
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

    [Fact]
    public async Task A_father_back_on_a_new_screen_hears_of_the_childs_reply_of_this_week_only()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await h.BoundPhoneAsync("yeye", "YEYE67");
        var grandpa = await ActorAsync(h, "yeye");
        var ming = (await h.ChildAsync("王小明")).Id;
        var letters = h.Get<ILetterService>();
        await letters.WriteAsync(grandpa, ming, LetterDirection.FromChild, "爸爸，上个月我学会了骑车。");
        h.Time.Advance(TimeSpan.FromDays(8));
        await letters.WriteAsync(grandpa, ming, LetterDirection.FromChild, "爸爸，我这次考了一百分。");
        await letters.WriteAsync(await ActorAsync(h, "dad"), ming, LetterDirection.ToChild, "小明，爸爸过年回家。");

        await dad.JoinAsync();

        Assert.Contains("这几天孩子有1封回信", dad.Reply());
    }

    [Fact]
    public async Task A_grandfather_back_on_a_new_screen_hears_of_the_letters_not_yet_read_to_the_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await h.BoundPhoneAsync("dad", "BABA23");
        var father = await ActorAsync(h, "dad");
        var ming = (await h.ChildAsync("王小明")).Id;
        var letters = h.Get<ILetterService>();
        var read = await letters.WriteAsync(father, ming, LetterDirection.ToChild, "小明，要听爷爷的话。");
        await letters.WriteAsync(father, ming, LetterDirection.ToChild, "小明，爸爸过年回家。");
        await letters.MarkReadToChildAsync(await ActorAsync(h, "yeye"), read.Id);

        await yeye.JoinAsync();

        Assert.Contains("有1封新信", yeye.Reply());
    }

    private static async Task<Actor> ActorAsync(ConversationHarness h, string userId)
    {
        var person = await h.Get<IBindingService>().FindAsync(Channels.Test, userId) ?? throw new InvalidOperationException(userId);
        return new Actor(person.Role, person.PersonId);
    }
}
