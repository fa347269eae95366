namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the mother with out-of-turn answers: at "问哪个孩子？" of one flow, a whole new request that names a
/// child ("小明这周上学了吗" while booking a call) only picked the child, and the question itself was dropped (she was
/// asked when to phone 王小明). A plain request for another of her flows now ends the question and is answered; the
/// child's name alone, a digit, or more words for the same flow still answer the question.
/// </summary>
public sealed class NewRequestAtWhichChildTranscriptTests
{
    private static async Task<Phone> BoundMotherAsync(ConversationHarness h)
    {
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        mum.AllReplies();
        return mum;
    }

    [Fact]
    public async Task An_attendance_question_naming_a_child_at_the_calls_which_child_is_answered_instead_of_booking_a_call()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await BoundMotherAsync(h);
        await mum.SendAsync("约通话");
        Assert.Equal("问哪个孩子？", mum.Reply());
        mum.NoMoreReplies();

        await mum.SendAsync("小明这周上学了吗");
        var answer = mum.AllReplies();
        Assert.StartsWith("王小明这周", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("通电话", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_notes_naming_a_child_at_the_attendances_which_child_shows_the_notes()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await BoundMotherAsync(h);
        await mum.SendAsync("孩子出勤");
        Assert.Equal("问哪个孩子？", mum.Reply());

        await mum.SendAsync("小红的老师评语");
        var answer = mum.AllReplies();
        Assert.DoesNotContain("出勤", answer, StringComparison.Ordinal);
        Assert.Contains("王小红", answer, StringComparison.Ordinal);
        Assert.Contains("评语", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("小明")]
    [InlineData("王小明")]
    [InlineData("1")]
    public async Task The_childs_name_or_number_at_the_calls_which_child_still_answers_it(string answer)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await BoundMotherAsync(h);
        await mum.SendAsync("约通话");
        Assert.Equal("问哪个孩子？", mum.Reply());

        await mum.SendAsync(answer);
        Assert.StartsWith("想什么时候和王小明通电话？", mum.Reply(), StringComparison.Ordinal);
    }
}
