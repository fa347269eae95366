using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Left by earlier rounds of playing the paired teacher 王芳: 「记谈新」 (谈心 typed with the 新 her pinyin keyboard offers
/// first) was not the weekly talk. It is, as 记谈心 is, alone or before the child's name.
/// </summary>
public sealed class TalkTypoTranscriptTests
{
    [Theory]
    [InlineData("记谈新")]
    [InlineData("谈新")]
    public async Task The_talk_typed_with_the_wrong_xin_is_the_weekly_talk(string words)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await h.BoundPhoneAsync("wang", "BFJS56");

        await wang.SendAsync(words);

        Assert.StartsWith("记哪个孩子这周的谈心？", wang.AllReplies(), StringComparison.Ordinal);
    }
}
