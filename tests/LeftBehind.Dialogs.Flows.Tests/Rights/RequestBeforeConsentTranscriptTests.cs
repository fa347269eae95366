using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Rights;

/// <summary>
/// Left by the previous round: a father who asks 小明今天到校了吗 before answering the consent question is asked
/// for consent again (nothing about a child before he agrees), but once he says 同意 his question was forgotten and
/// he got the menu. Now the request he made is carried on right after the thanks.
/// </summary>
public sealed class RequestBeforeConsentTranscriptTests
{
    [Fact]
    public async Task A_question_asked_before_consent_is_answered_once_the_father_agrees()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync("小明今天到校了吗");
        var again = dad.AllReplies();
        Assert.StartsWith("请您单独确认", again, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", again, StringComparison.Ordinal);

        await dad.SendAsync("同意");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王小明今天（11月19日）", dad.Reply(), StringComparison.Ordinal);
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_grandfathers_question_asked_before_consent_is_answered_once_he_agrees()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var yeye = h.NewPhone("yeye");
        await yeye.SendAsync("YEYE67");
        yeye.AllReplies();

        await yeye.SendAsync("小明今天到校了吗");
        Assert.DoesNotContain("王小明", yeye.AllReplies(), StringComparison.Ordinal);

        await yeye.SendAsync("1");
        yeye.Reply();
        Assert.Equal("王小明今天的考勤学校还没记。", yeye.Reply());
        yeye.NoMoreReplies();
    }

    [Fact]
    public async Task Without_an_earlier_request_agreeing_shows_the_menu_as_before()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync("同意");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王建军，您好！想办什么？", dad.Reply(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_long_before_the_agreement_is_not_carried_on()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        await dad.SendAsync("小明今天到校了吗");
        dad.AllReplies();
        h.Time.Advance(TimeSpan.FromHours(2));

        await dad.SendAsync("同意");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王建军，您好！想办什么？", dad.Reply(), StringComparison.Ordinal);
    }
}
