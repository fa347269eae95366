namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the father on a fresh clone in Chromium at 390×844: bound on this phone, he asked 换手机了咋办 and was
/// offered to have it passed to the teacher word for word. A bound person asking how to go on with a new phone is told
/// what to do (a new code from the head teacher, sent from the new phone), at the menu and at a question alike.
/// </summary>
public sealed class BoundNewPhoneTranscriptTests
{
    private const string Answer = "换了手机，请找班主任要个新邀请码，在新手机上发给我。";

    [Theory]
    [InlineData("换手机了咋办")]
    [InlineData("我换了新手机怎么弄")]
    public async Task A_bound_parent_asking_about_a_new_phone_is_told_what_to_do(string text)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync(text);
        Assert.Equal(Answer, dad.Reply());
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task At_a_question_it_is_answered_and_the_question_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("1");
        Assert.Equal("问哪个孩子？", dad.Reply());

        await dad.SendAsync("换手机了咋办");
        Assert.Equal(Answer, dad.Reply());
        Assert.StartsWith("问哪个孩子？", dad.Reply(), StringComparison.Ordinal);
    }
}
