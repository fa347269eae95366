using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Left open by the last round (the father's second question): at 要把这句话转给老师吗？「小明最近作业多吗」 he typed a
/// second question for the teacher (小红这周作业多不多，问问老师) and got 请回复「是」或「不是」 twice, then the prompt gave
/// up, and neither question was passed on. A new question for the teacher at that yes/no question is a new request:
/// he is told the first was not passed on (quoted, so he can ask it again) and is asked to confirm the new one. Nothing
/// reaches the teacher that he did not confirm.
/// </summary>
public sealed class SecondQuestionAtTeacherConfirmationTranscriptTests
{
    [Theory]
    [InlineData("小红这周作业多不多，问问老师", "小红这周作业多不多")]
    [InlineData("再帮我问问老师小红这周作业多不多", "小红这周作业多不多")]
    public async Task A_second_question_for_the_teacher_at_the_confirmation_is_asked_about_and_the_first_is_said_unsent(string second, string passedOn)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = h.NewPhone("teacher-wang");
        await h.Get<IBindingService>().RedeemAsync("BFJS56", "test", teacher.UserId, teacher.ReferenceJson, "t");
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync("问问老师 小明最近作业多吗");
        Assert.Equal("要把这句话转给老师吗？\n「小明最近作业多吗」", dad.Reply());
        dad.NoMoreReplies();

        await dad.SendAsync(second);
        Assert.Equal("刚才那句「小明最近作业多吗」没有转给老师。", dad.Reply());
        Assert.Equal($"要把这句话转给老师吗？\n「{passedOn}」", dad.Reply());
        dad.NoMoreReplies();
        teacher.NoMoreReplies();

        await dad.SendAsync("是");
        Assert.StartsWith("已经转给王芳老师了。", dad.Reply(), StringComparison.Ordinal);
        Assert.Equal($"家长有新问题（王小红）：「{passedOn}」回复「菜单」进入待回复问题。", teacher.Reply());

        var school = await DemoSchool.LoadAsync(h);
        var inbox = await h.Get<IQuestionService>().InboxAsync(Actor.Teacher(school.PairedTeacher));
        Assert.DoesNotContain(inbox, q => q.Text.Contains("小明最近作业多吗", StringComparison.Ordinal));
    }
}
