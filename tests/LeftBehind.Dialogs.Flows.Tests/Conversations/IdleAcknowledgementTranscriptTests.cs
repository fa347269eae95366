namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the mother in Web Chat: after "已经转给王芳老师了", her "好" was answered "这句话我没太明白…要我把这句话原样
/// 转给老师吗？" — an acknowledgement offered to the teacher as a question. "好", "好的", "嗯嗯", "行" on their own, with
/// nothing being asked, get a short "好的，有事随时找我。" as at the menu, and nothing is offered to anyone.
/// </summary>
public sealed class IdleAcknowledgementTranscriptTests
{
    [Theory]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("嗯嗯")]
    [InlineData("行")]
    public async Task An_acknowledgement_after_a_question_was_passed_to_the_teacher_is_acknowledged_not_offered_to_the_teacher(string ok)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        mum.AllReplies();
        await mum.SendAsync("问老师");
        Assert.Equal("问哪个孩子？", mum.Reply());
        await mum.SendAsync("1");
        mum.AllReplies();
        await mum.SendAsync("小明最近作业多不多");
        Assert.StartsWith("已经转给王芳老师了。", mum.Reply(), StringComparison.Ordinal);
        mum.NoMoreReplies();

        await mum.SendAsync(ok);
        Assert.Equal("好的，有事随时找我。", mum.Reply());
        mum.NoMoreReplies();
    }
}
