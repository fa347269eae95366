using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found reading the English texts for the English-speaking family members: 「王建军, 刘丽 has been told」, 「王小明 off
/// sick Nov 20」, 「Nov 21 to Nov 22 is not a school day」, 「… is not using the chat yet and will get it once they
/// start」. The English says the same as the Chinese in whole sentences that agree with one name or several.
/// </summary>
public sealed class EnglishTextsTranscriptTests
{
    [Fact]
    public async Task Telling_both_parents_in_english_says_it_was_passed_on_to_them()
    {
        await using var h = await ConversationHarness.CreateAsync();
        await h.BindAsync(ConversationHarness.Father, "baba");
        await h.BindAsync(ConversationHarness.Mother, "mama");
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("English please");
        yeye.AllReplies();

        await yeye.SendAsync("2");
        Assert.StartsWith("Which child is it about?", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("1");
        Assert.StartsWith("What do you want to tell the parents?", yeye.Reply(), StringComparison.Ordinal);
        await yeye.SendAsync("1");
        var said = yeye.AllReplies();
        Assert.Contains("Passed on to 王建军, 刘丽.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("has been told", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sick_leave_read_from_an_english_message_is_confirmed_in_a_whole_sentence()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("English please");
        yeye.AllReplies();
        await yeye.SendAsync("小明 has a fever, not going tomorrow");
        Assert.Equal("王小明 is off sick for Nov 20, right?\n1. Yes\n2. No", yeye.Reply());
        await yeye.SendAsync("yes");
        Assert.Equal("Done: 王小明 is on leave for Nov 20. The school has it on record.", yeye.Reply());
    }

    [Fact]
    public async Task Leave_for_a_weekend_in_english_asks_whether_there_is_school()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("English please");
        yeye.AllReplies();
        await yeye.SendAsync("1");
        yeye.AllReplies();
        await yeye.SendAsync("1");
        yeye.AllReplies();
        await yeye.SendAsync("Nov 21");
        Assert.StartsWith("There is no school on Nov 21. Ask for leave anyway?", yeye.Reply(), StringComparison.Ordinal);
    }
}
