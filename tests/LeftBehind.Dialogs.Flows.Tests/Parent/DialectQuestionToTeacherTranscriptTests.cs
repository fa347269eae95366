using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>
/// Found playing the father in dialect: "老师 小明这礼拜五开家长会不？俺在广东回不去咋整" is a question for the teacher,
/// but it opened 老师评语 (the notes), and the question was lost. A colloquial question addressed to 老师 goes to the
/// teacher; asking to see the notes ("老师评语发我看看") still shows them.
/// </summary>
public sealed class DialectQuestionToTeacherTranscriptTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h)
    {
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        return dad;
    }

    [Theory]
    [InlineData("老师 小明这礼拜五开家长会不？俺在广东回不去咋整")]
    [InlineData("老师，小明下礼拜开家长会不？俺回不去咋整")]
    [InlineData("老师 小明这学期啥时候放假嘞")]
    public async Task A_dialect_question_to_the_teacher_is_offered_to_the_teacher_not_answered_with_the_notes(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync(message);
        var answer = dad.AllReplies();
        Assert.StartsWith("要把这句话转给老师吗？", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("评语", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("老师评语发我看看")]
    [InlineData("小明的老师评语")]
    public async Task Asking_to_see_the_teachers_notes_still_shows_the_notes(string message)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync(message);
        var answer = dad.AllReplies();
        Assert.DoesNotContain("转给老师", answer, StringComparison.Ordinal);
    }
}
