using LeftBehind.Dialogs.Parent;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Left open by the last round: a father on the English screen typed "did xiaoming go to school tody" and the day was
/// not read (he was asked which days). A one-letter slip in today or yesterday (tody, todya, toady, yesterdy,
/// yesturday) is that day, as the correctly spelt word is; other words (today's, body, toddler, yes) are no day.
/// </summary>
public sealed class EnglishDayTypoTranscriptTests
{
    private static async Task<string> AskAsync(string question)
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        Assert.StartsWith("You are bound", dad.Reply(), StringComparison.Ordinal);
        dad.AllReplies();
        await dad.SendAsync(question);
        return dad.AllReplies();
    }

    [Theory]
    [InlineData("did xiaoming go to school tody", "did xiaoming go to school today")]
    [InlineData("did xiaoming go to school todya", "did xiaoming go to school today")]
    [InlineData("did xiaoming go to school yesterdy", "did xiaoming go to school yesterday")]
    [InlineData("was xiaoming at school yesturday?", "was xiaoming at school yesterday?")]
    public async Task A_typo_in_today_or_yesterday_is_read_as_that_day(string typed, string meant)
    {
        var answer = await AskAsync(typed);
        Assert.Equal(await AskAsync(meant), answer);
        Assert.DoesNotContain("Which days", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("did xiaoming go to school tody", "Today")]
    [InlineData("did xiaoming go to school toady", "Today")]
    [InlineData("xiaoming school todat?", "Today")]
    [InlineData("did xiaoming go to school yesterdy", "Day")]
    [InlineData("did xiaoming go to school yesteday", "Day")]
    public void A_one_letter_slip_finds_the_day(string text, string kind) =>
        Assert.Equal(kind, AttendancePeriod.Find(text, Now, TimeZoneInfo.Utc)?.Kind.ToString());

    [Theory]
    [InlineData("is xiaoming a toddler")]
    [InlineData("how is his body")]
    [InlineData("yes")]
    [InlineData("did xiaoming go to school")]
    [InlineData("tidy his room")]
    [InlineData("to day care")]
    public void Other_words_are_no_day(string text) => Assert.Null(AttendancePeriod.Find(text, Now, TimeZoneInfo.Utc));

    private static readonly DateTimeOffset Now = new(2026, 11, 19, 10, 0, 0, TimeSpan.Zero);
}
