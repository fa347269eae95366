using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Left by the previous round: a parent asking the teacher 「学校有紧急情况的话会通知我吗」 has the emergency menu's
/// words inside a question. It asks something of the teacher; it must neither start an emergency nor offer to alert
/// the family.
/// </summary>
public sealed class EmergencyWordsInQuestionTranscriptTests
{
    [Theory]
    [InlineData("学校有紧急情况的话会通知我吗")]
    [InlineData("要是孩子有紧急情况，老师会打电话给我吗？")]
    [InlineData("紧急求助是怎么用的")]
    public async Task A_fathers_question_about_emergencies_goes_to_the_teacher_and_alerts_nobody(string question)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", "YEYE67");
        var dad = await h.BoundPhoneAsync("dad", "BABA23");

        await dad.SendAsync(question);
        var said = dad.AllReplies();
        if (said.StartsWith("问哪个孩子？", StringComparison.Ordinal))
        {
            await dad.SendAsync("小明");
            said = dad.AllReplies();
        }
        Assert.DoesNotContain("要马上通知", said, StringComparison.Ordinal);
        Assert.DoesNotContain("出了什么事", said, StringComparison.Ordinal);
        Assert.DoesNotContain("是哪个孩子", said, StringComparison.Ordinal);
        Assert.Contains("转给", said, StringComparison.Ordinal);
        Assert.Equal(string.Empty, yeye.AllReplies());
        Assert.Empty(await h.Get<IEmergencyService>().ListAsync(null, 10));
    }

    [Fact]
    public async Task The_same_question_while_the_menu_waits_is_not_an_emergency_either()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("菜单");
        dad.AllReplies();

        await dad.SendAsync("学校有紧急情况的话会通知我吗");
        var said = dad.AllReplies();
        Assert.DoesNotContain("要马上通知", said, StringComparison.Ordinal);
        Assert.DoesNotContain("出了什么事", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_at_another_question_it_leaves_that_question_for_the_teacher()
    {
        // Found playing the father at 390×844: at 「想看王小红哪段时间的出勤？」 the question got 「请回复 1、2、3…」.
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await h.BoundPhoneAsync("dad", "BABA23");
        await dad.SendAsync("1");
        dad.AllReplies();
        await dad.SendAsync("王小红");
        Assert.StartsWith("想看王小红哪段时间的出勤？", dad.AllReplies(), StringComparison.Ordinal);

        await dad.SendAsync("学校有紧急情况的话会通知我吗");
        var said = dad.AllReplies();
        if (said.StartsWith("问哪个孩子？", StringComparison.Ordinal))
        {
            await dad.SendAsync("小红");
            said = dad.AllReplies();
        }
        Assert.StartsWith("要把这句话转给老师吗？", said, StringComparison.Ordinal);
    }
}
