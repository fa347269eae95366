using LeftBehind.Tests.Conversations;
namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found by an earlier play session: the father asked 李思雨今天到校了吗 (a child of another family) and was answered
/// about his own child, or asked which of his. Children's data is shown only to their own family (PIPL), and the reply
/// must not tell whether such a child is at the school: a real classmate and a made-up name get the same polite words,
/// naming the children he may ask about.
/// </summary>
public sealed class OtherFamilysChildTranscriptTests
{
    private const string OnlyOwn = "我只能查看您自己孩子的情况（名单上的 王小明、王小红）。";

    [Theory]
    [InlineData("李思雨今天到校了吗")]
    [InlineData("赵六六今天到校了吗")]
    [InlineData("帮我查一下李思雨这周上学了吗")]
    public async Task Asking_about_a_child_not_his_own_is_declined_alike_whether_or_not_the_name_is_at_the_school(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync(question);
        Assert.Equal(OnlyOwn, dad.Reply());
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task Right_after_a_question_about_his_own_child_another_name_is_still_declined_not_answered_about_his_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("小明今天到校了吗");
        Assert.StartsWith("王小明", dad.Reply(), StringComparison.Ordinal);
        dad.AllReplies();
        await dad.SendAsync("李思雨今天到校了吗");
        Assert.Equal(OnlyOwn, dad.Reply());
        dad.NoMoreReplies();
    }

    [Theory]
    [InlineData("王老师今天在学校吗")]
    [InlineData("小明今天到校了吗")]
    public async Task A_teachers_title_or_his_own_childs_name_is_not_taken_for_another_child(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync(question);
        Assert.DoesNotContain("名单上的", dad.AllReplies(), StringComparison.Ordinal);
    }
}
