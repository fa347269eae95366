using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found in play: the grandfather asked 看信, and at 「看哪个孩子的信？」 typed 「小红这周上学了没」; the attendance
/// question was answered and the letters were dropped without a word. Now the question is answered beside the
/// letters' question, which is asked again: both requests are done.
/// </summary>
public sealed class AttendanceAtLettersWhichChildTranscriptTests
{
    private const string LettersWhichChild = "看哪个孩子的信？\n1. 王小明\n2. 王小红";

    [Fact]
    public async Task An_attendance_question_at_the_letters_which_child_is_answered_and_the_letters_question_is_asked_again()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var hong = await h.ChildAsync("王小红");
        await h.Get<IAttendanceService>().RecordAsync(Actor.Admin, hong.Id, h.Today, AttendanceStatus.Present, null);
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);

        await yeye.SendAsync("看信");
        Assert.Equal(LettersWhichChild, yeye.Reply());

        await yeye.SendAsync("小红这周上学了没");
        var answer = yeye.Reply();
        Assert.StartsWith("王小红", answer, StringComparison.Ordinal);
        Assert.Equal(LettersWhichChild, yeye.Reply());
        yeye.NoMoreReplies();

        await yeye.SendAsync("2");
        Assert.Contains("王小红", yeye.AllReplies(), StringComparison.Ordinal);
    }
}
