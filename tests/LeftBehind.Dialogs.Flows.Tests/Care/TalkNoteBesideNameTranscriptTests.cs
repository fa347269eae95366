using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>
/// Found playing the head teacher 李红梅 at 390×844: at 记哪个孩子这周的谈心？ she answered
/// "王小红最近情绪不太好，老是一个人发呆"; 王小红 was chosen, the sentence dropped, and after the marks she was asked
/// 用一句话说说王小红这周的情况。 as if she had said nothing. The words beside the name are kept as the week's sentence
/// (as a note's are at 写记录), she is told so, and only the marks are asked.
/// </summary>
public sealed class TalkNoteBesideNameTranscriptTests
{
    [Fact]
    public async Task The_sentence_written_with_the_childs_name_is_the_weeks_sentence()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var wang = await CarePeople.BoundAsync(h, "wang", "BFJS56");

        await wang.SendAsync("记谈心");
        wang.Reply();
        await wang.SendAsync("王小红最近情绪不太好，老是一个人发呆");
        Assert.Equal("您写的这句话先记下了。王小红这周的学习怎么样？（也可以一次回5个数字，比如 11213）\n1. 好\n2. 一般\n3. 需要关心", wang.Reply());
        await wang.SendAsync("11311");
        var preview = wang.Reply();
        Assert.StartsWith("发给家长的话：", preview, StringComparison.Ordinal);
        Assert.Contains("“王小红最近情绪不太好，老是一个人发呆”", preview, StringComparison.Ordinal);
    }
}
