using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father at 390×844: 「啥」 (he did not follow) was offered to be passed to the teacher word for word
/// (「要我把这句话原样转给老师吗？」). Not understanding is nothing to pass on: the menu is shown again.
/// </summary>
public sealed class PuzzledParentTranscriptTests
{
    [Theory]
    [InlineData("啥")]
    [InlineData("什么意思")]
    public async Task Not_understanding_shows_the_menu_rather_than_offering_it_to_the_teacher(string puzzled)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", ConversationHarness.Father);
        await dad.SendAsync("小明这周上学了吗");
        dad.AllReplies();

        await dad.SendAsync(puzzled);
        var said = dad.AllReplies();
        Assert.StartsWith("王建军，您好！想办什么？回复数字就行：", said, StringComparison.Ordinal);
        Assert.DoesNotContain("转给老师吗", said, StringComparison.Ordinal);
    }
}
