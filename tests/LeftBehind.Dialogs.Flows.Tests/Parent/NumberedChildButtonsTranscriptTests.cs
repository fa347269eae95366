using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found in play: the parent's 「问哪个孩子？」 showed the children as buttons without numbers, while the question asked
/// again said 「请回复数字选是哪个孩子」 — there was no number to reply. The buttons now carry the numbers ("1. 王小明"), a
/// tap, the number or the name answers, and a text-only phone (SMS) shows the same numbered lines.
/// </summary>
public sealed class NumberedChildButtonsTranscriptTests
{
    private static IReadOnlyList<string?> Buttons(Phone phone) =>
        phone.LastActivity?.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];

    [Fact]
    public async Task The_childrens_buttons_carry_the_numbers_the_question_asks_for_and_a_tap_answers()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", ConversationHarness.Mother);
        await mum.SendAsync("孩子这周上学了吗");
        Assert.Equal("问哪个孩子？", mum.Reply());
        Assert.Equal(["1. 王小明", "2. 王小红"], Buttons(mum));

        await mum.SendAsync("1. 王小明");
        Assert.StartsWith("王小明这周", mum.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_again_after_a_wrong_answer_the_numbers_it_asks_for_are_on_the_buttons_and_a_number_answers()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = await h.BoundPhoneAsync("mum", ConversationHarness.Mother);
        await mum.SendAsync("孩子这周上学了吗");
        mum.Reply();

        await mum.SendAsync("不知道啊");
        Assert.StartsWith("请回复数字选是哪个孩子", mum.Reply(), StringComparison.Ordinal);
        Assert.Equal(["1. 王小明", "2. 王小红"], Buttons(mum));
        // A yes is no child, though the first button begins with 1.
        await mum.SendAsync("嗯嗯");
        Assert.StartsWith("请回复数字选是哪个孩子", mum.Reply(), StringComparison.Ordinal);

        await mum.SendAsync("2");
        Assert.StartsWith("王小红这周", mum.Reply(), StringComparison.Ordinal);
    }
}
