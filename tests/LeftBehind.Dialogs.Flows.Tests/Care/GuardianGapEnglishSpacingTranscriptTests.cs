using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>
/// Found reading the English resources: the sentence naming who is not on the chat yet ("GapLater") was glued to the
/// sentence before it ("…reply "temporary guardian".Wang Fang… are not on the chat yet"), unlike every other
/// appended sentence in English.
/// </summary>
public sealed class GuardianGapEnglishSpacingTranscriptTests
{
    [Fact]
    public async Task In_english_the_people_still_to_phone_are_a_separate_sentence_after_a_space()
    {
        await using var h = await ConversationHarness.CreateAsync();
        await CarePeople.BoundAsync(h, "li", "BZR789");
        var dad = await CarePeople.BoundAsync(h, "dad", "BABA23", "en");
        // He chose English: a phone merely set to English, written to in Chinese, is answered in Chinese
        // (ChineseOnEnglishPhoneTranscriptTests).
        await dad.SendAsync("English");
        dad.AllReplies();

        await dad.SendAsync("奶奶昨晚突然中风，现在在县医院，孩子没人管");

        var reply = dad.AllReplies();
        Assert.Contains("are not on the chat yet; please phone them.", reply, StringComparison.Ordinal);
        Assert.Contains("\"temporary guardian\". ", reply, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\.\S", reply.Replace("...", "", StringComparison.Ordinal));
    }
}
