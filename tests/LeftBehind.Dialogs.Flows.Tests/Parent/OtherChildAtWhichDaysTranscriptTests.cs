using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the mother on the English screen at 390×844: at "Which days for 王小明?" she asked about her other
/// child instead ("how is xiaohong doing at school and did she go yesterdy"). Once the day was read, it was answered for
/// 王小明, the child she had not asked about. A message at that question naming the other child is about that child;
/// naming the same child with a day still answers for that child.
/// </summary>
public sealed class OtherChildAtWhichDaysTranscriptTests
{
    [Fact]
    public async Task The_other_child_named_with_a_day_at_which_days_is_answered_for_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        await mum.SendAsync("小明上学了吗");
        Assert.StartsWith("想看王小明哪段时间的出勤？", mum.Reply(), StringComparison.Ordinal);
        mum.AllReplies();

        await mum.SendAsync("小红昨天去学校没");
        var answer = mum.AllReplies();
        Assert.StartsWith("王小红", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_english_the_other_child_in_pinyin_with_a_day_is_answered_for_that_child()
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        Assert.StartsWith("You are bound", mum.Reply(), StringComparison.Ordinal);
        mum.AllReplies();
        await mum.SendAsync("did xiaoming go to school");
        Assert.StartsWith("Which days for 王小明?", mum.Reply(), StringComparison.Ordinal);
        mum.AllReplies();

        await mum.SendAsync("how is xiaohong doing at school and did she go yesterday");
        var answer = mum.AllReplies();
        Assert.StartsWith("王小红", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_child_named_with_a_day_at_which_days_is_answered_for_that_day()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", "MAMA45");
        await mum.SendAsync("小明上学了吗");
        mum.AllReplies();

        await mum.SendAsync("小明昨天呢");
        Assert.StartsWith("王小明11月18日", mum.AllReplies(), StringComparison.Ordinal);
    }
}
