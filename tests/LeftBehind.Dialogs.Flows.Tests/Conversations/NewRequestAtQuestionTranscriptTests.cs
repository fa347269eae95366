using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Parent;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found by the lead playing the father: a new request typed at a yes/no question ("给孩子写封信" at "要把这句话转给
/// 老师吗？") got the same question again. A clear new request now ends any question and is done; what that question
/// held (an unsent question, a letter) is said in one short sentence, never dropped in silence. A typo or a half-answer
/// is still asked again.
/// </summary>
public sealed class NewRequestAtQuestionTranscriptTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h)
    {
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        return dad;
    }

    [Fact]
    public async Task A_letter_asked_for_at_the_question_to_the_teacher_is_started_and_the_question_is_said_to_be_unsent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("帮我问问老师小明作业多不多");
        Assert.StartsWith("要把这句话转给老师吗？", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();

        await dad.SendAsync("给孩子写封信");
        Assert.Equal("刚才那句「小明作业多不多」没有转给老师。", dad.Reply());
        Assert.Equal("写给哪个孩子？", dad.Reply());
        dad.NoMoreReplies();
        await dad.SendAsync("小明");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());

        var school = await DemoSchool.LoadAsync(h);
        Assert.DoesNotContain(await h.Get<IQuestionService>().InboxAsync(Actor.Teacher(school.PairedTeacher)),
            q => q.Text.Contains("作业多不多", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_attendance_question_at_the_letters_last_look_is_answered_and_the_letter_is_kept_unsent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("给小明写信：小明，爸爸想你了");
        dad.AllReplies();
        await dad.SendAsync("写好了");
        Assert.StartsWith("给王小明的信：", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();

        await dad.SendAsync("小红这个月上学了吗");
        Assert.Equal("写给王小明的信先替您留着，还没有寄出；要寄时回复「寄信」。", dad.Reply());
        Assert.StartsWith("王小红这个月（11月1日到11月19日）：", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();

        var school = await DemoSchool.LoadAsync(h);
        Assert.DoesNotContain(await h.Get<ILetterService>().ListAsync(Actor.Parent(school.Father), school.Ming) ?? [],
            l => l.Text?.Contains("爸爸想你了", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("hao")]
    [InlineData("你说啥")]
    [InlineData("等一下")]
    public async Task A_typo_or_a_half_answer_at_the_question_is_asked_again_and_nothing_is_dropped(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("帮我问问老师小明作业多不多");
        dad.AllReplies();
        await dad.SendAsync(answer);
        var again = dad.AllReplies();
        Assert.Contains("要把这句话转给老师吗？", again, StringComparison.Ordinal);
        Assert.DoesNotContain("没有转给老师", again, StringComparison.Ordinal);
        await dad.SendAsync("好");
        Assert.StartsWith("已经转给王芳老师了。", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_traditional_script_the_new_request_is_taken_and_the_question_said_unsent()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("幫我問問老師小明作業多不多");
        Assert.StartsWith("要把這句話轉給老師嗎？", dad.Reply(), StringComparison.Ordinal);
        await dad.SendAsync("小紅這個月上學了嗎");
        Assert.Equal("剛才那句「小明作業多不多」沒有轉給老師。", dad.Reply());
        Assert.StartsWith("王小红這個月", dad.Reply(), StringComparison.Ordinal);
    }
}
