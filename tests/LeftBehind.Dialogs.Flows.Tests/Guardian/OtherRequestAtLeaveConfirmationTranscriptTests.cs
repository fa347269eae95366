using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather at 390×844: at 「王小明12月9日请病假，对吗？」 he asked 「俺孙子咋样了 今天去学校没」 and
/// was told 「没有这个选项」; then 「娃他爸啥时候打电话」 left the confirmation for the call without a word, so he could
/// not know the leave was never recorded. A question whether the child went to school is answered beside the waiting
/// question, which is asked again; a new request that leaves the confirmation says the leave was not recorded.
/// </summary>
public sealed class OtherRequestAtLeaveConfirmationTranscriptTests
{
    [Fact]
    public async Task An_attendance_question_at_the_confirmation_is_answered_and_the_confirmation_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明发烧了 明天不去");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());

        // 孙子 names neither grandchild (the roster has no gender): which one is asked, in one short question.
        await yeye.SendAsync("俺孙子咋样了 今天去学校没");
        Assert.Equal("问哪个孩子？\n1. 王小明\n2. 王小红", yeye.Reply());
        await yeye.SendAsync("1");
        Assert.StartsWith("王小明今天", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        yeye.NoMoreReplies();
        await yeye.SendAsync("对");
        Assert.StartsWith("好了，王小明11月20日请假了，", yeye.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_naming_the_child_at_the_confirmation_is_answered_at_once()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明发烧了 明天不去");
        yeye.Reply();

        await yeye.SendAsync("小红今天去学校没");
        Assert.StartsWith("王小红今天", yeye.Reply(), StringComparison.Ordinal);
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        yeye.NoMoreReplies();
    }

    [Fact]
    public async Task A_new_request_at_the_confirmation_says_the_leave_was_not_recorded()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        await yeye.SendAsync("小明发烧了 明天不去");
        Assert.Equal("王小明11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());

        await yeye.SendAsync("娃他爸啥时候打电话");
        Assert.Equal("刚才的请假没有记下。", yeye.Reply());
        Assert.Null(await h.StatusAsync("王小明", h.Today.AddDays(1)));
    }
}
