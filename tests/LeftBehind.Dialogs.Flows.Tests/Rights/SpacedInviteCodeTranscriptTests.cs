using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Rights;

/// <summary>
/// Found playing the father through the WeChat simulator: he typed the code of his slip as " baba 23 " (a phone keyboard
/// switches between letters and digits, and a space comes with it) and was asked for the code again, as if he had
/// sent none. A message that is nothing but a code, however spaced, dashed, lower-case or full-width (a Chinese input
/// method's ＢＡＢＡ２３), is that code; inside a sentence a code must still stand as one word.
/// </summary>
public sealed class SpacedInviteCodeTranscriptTests
{
    [Theory]
    [InlineData(" baba 23 ")]
    [InlineData("BA BA 2 3")]
    [InlineData("baba-23")]
    [InlineData("ＢＡＢＡ２３")]
    public async Task A_code_typed_with_spaces_or_in_full_width_binds(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad-spaced-code");

        await dad.SendAsync(typed);

        Assert.Contains("绑定成功", dad.AllReplies());
    }

    // Found playing the father through the WeChat simulator again: 我的码是 BABA 23 was asked for the code again.
    // After the word 码 (or "code") the space a keyboard switch adds is part of the code.
    [Theory]
    [InlineData("我的码是 BABA 23")]
    [InlineData("邀请码：baba 23 谢谢")]
    [InlineData("my code is BABA 23")]
    public async Task A_code_split_by_a_space_after_the_word_code_binds(string typed)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad-code-sentence");

        await dad.SendAsync(typed);

        Assert.Contains("绑定成功", dad.AllReplies());
    }

    [Fact]
    public async Task A_word_and_a_number_inside_a_sentence_are_not_taken_for_a_code()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = h.NewPhone("dad-sentence");

        await dad.SendAsync("我在 WXYZ 23 号厂房上班");

        var replies = dad.AllReplies();
        Assert.DoesNotContain("绑定成功", replies);
        Assert.DoesNotContain("请核对", replies);
    }
}
