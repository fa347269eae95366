using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found playing the grandfather through the WeChat simulator: at his menu he wrote 小明摔了一跤 膝盖破了点皮 没啥事 and
/// 小红说想妈妈了 哭了一晚上, got 没有这个选项 twice and then 这一步先跳过. News of the child in a sentence of his own,
/// which nothing else on his menu takes, is what 告诉孩子爸妈 is for: it is offered to the parents, said back once
/// before anything goes. A question, a leave, an emergency and a digit still go their own way.
/// </summary>
public sealed class NewsAtMenuTranscriptTests
{
    [Theory]
    [InlineData("小红说想妈妈了 哭了一晚上")]
    [InlineData("小明摔了一跤 膝盖破了点皮 没啥事")]
    public async Task News_of_the_child_at_the_grandfathers_menu_is_offered_to_the_parents(string news)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await grandpa.SendAsync("菜单");
        grandpa.AllReplies();

        await grandpa.SendAsync(news);
        Assert.StartsWith($"把“{news}”告诉孩子爸妈，好吗？", grandpa.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task News_of_the_child_with_nothing_asked_is_offered_to_the_parents()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await grandpa.SendAsync("嗯嗯");
        Assert.Equal("好的，有事随时找我。", grandpa.AllReplies());

        await grandpa.SendAsync("小红说想妈妈了 哭了一晚上");
        Assert.StartsWith("把“小红说想妈妈了 哭了一晚上”告诉孩子爸妈，好吗？", grandpa.AllReplies(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_at_the_grandfathers_menu_is_not_offered_to_the_parents()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await grandpa.SendAsync("菜单");
        grandpa.AllReplies();

        await grandpa.SendAsync("老师有没有说啥");
        Assert.DoesNotContain("告诉孩子爸妈，好吗", grandpa.AllReplies(), StringComparison.Ordinal);
    }
}
