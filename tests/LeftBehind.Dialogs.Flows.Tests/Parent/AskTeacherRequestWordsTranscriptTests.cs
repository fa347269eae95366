using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father: "帮我问问老师，孩子最近作业多吗" reached the teacher word for word, request words and all
/// ("帮我问问老师" is said to the bot, not to the teacher). The teacher now gets only the question, and the father is
/// shown exactly what she will get.
/// </summary>
public sealed class AskTeacherRequestWordsTranscriptTests
{
    [Theory]
    [InlineData("帮我问问老师，孩子最近作业多吗")]
    [InlineData("麻烦帮我问一下老师：孩子最近作业多吗")]
    [InlineData("问下老师 孩子最近作业多吗")]
    public async Task The_teacher_gets_only_the_question_not_the_words_asking_the_bot_to_pass_it_on(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = h.NewPhone("teacher-wang");
        await h.Get<IBindingService>().RedeemAsync("BFJS56", "test", teacher.UserId, teacher.ReferenceJson, "t");
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync(message);
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小明");
        Assert.Equal("要把这句话转给老师吗？\n「孩子最近作业多吗」", dad.Reply());
        await dad.SendAsync("是");
        Assert.StartsWith("已经转给王芳老师了。", dad.Reply(), StringComparison.Ordinal);
        Assert.Equal("家长有新问题（王小明）：「孩子最近作业多吗」回复「菜单」进入待回复问题。", teacher.Reply());
    }

    [Fact]
    public async Task A_question_that_is_only_the_request_words_is_still_asked_for()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync("帮我问问老师");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小红");
        Assert.Equal("想问老师关于王小红的什么事？直接打字说就行。", dad.Reply());
    }
}
