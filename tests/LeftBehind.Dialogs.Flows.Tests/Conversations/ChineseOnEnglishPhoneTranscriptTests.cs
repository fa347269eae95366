namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Left by this round's play of the Web Chat page: the page now passes the browser's language, so a grandfather whose
/// phone a grandchild set to English, writing Chinese, was answered in English until he typed 中文, which he may never
/// know to do. What a person writes in Chinese is answered in Chinese; an English sentence that only names a child
/// (how is 小明) stays English.
/// </summary>
public sealed class ChineseOnEnglishPhoneTranscriptTests
{
    [Fact]
    public async Task Chinese_written_on_a_phone_set_to_english_is_answered_in_chinese()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = h.NewPhone("grandpa", "en-US");
        await grandpa.SendAsync("YEYE67");
        grandpa.AllReplies();
        await grandpa.SendAsync("同意");
        grandpa.AllReplies();

        await grandpa.SendAsync("小明今天发烧了，请个假");
        var said = grandpa.AllReplies();
        Assert.Contains("王小明", said, StringComparison.Ordinal);
        // English would say "王小明 is off sick for …, right?"
        Assert.DoesNotMatch("[A-Za-z]{3,}", said);
    }

    [Fact]
    public async Task An_english_sentence_naming_a_child_stays_english()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = h.NewPhone("mum", "en-US");
        await mum.SendAsync("MAMA45");
        mum.AllReplies();
        await mum.SendAsync("1");
        mum.AllReplies();

        await mum.SendAsync("did 小红 go to school this week");
        Assert.Matches("[A-Za-z]{4,}", mum.AllReplies());
    }
}
