using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Guardian;

/// <summary>
/// Found in play: a sick leave gone on with 咋还没好 kept the first message's words as its reason, verbatim — the
/// record for 11月20日 said 「小红发烧了 今天不去了」 and the head teacher was told so, though 今天 was the day before.
/// The leave that goes on keeps what was meant: the illness (「小红发烧了」), without the first day's words.
/// </summary>
public sealed class ExtendedSickLeaveReasonTranscriptTests
{
    [Fact]
    public async Task A_sick_leave_gone_on_keeps_the_illness_without_the_first_days_words()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var teacher = await h.BoundPhoneAsync("bzr", ConversationHarness.HeadTeacher);
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小红发烧了 今天不去了");
        yeye.Reply();
        await yeye.SendAsync("对");
        yeye.Reply();
        teacher.AllReplies();

        await yeye.SendAsync("咋还没好");
        yeye.Reply();
        await yeye.SendAsync("明天");
        Assert.Equal("王小红11月20日请病假，对吗？\n1. 对\n2. 不对", yeye.Reply());
        await yeye.SendAsync("对");
        yeye.AllReplies();

        var hong = await h.ChildAsync("王小红");
        var day = Assert.Single((await h.Get<IAttendanceService>().GetAsync(Actor.Admin, hong.Id, h.Today.AddDays(1), h.Today.AddDays(1)))!.Days);
        Assert.Equal((AttendanceStatus.Sick, "小红发烧了"), (day.Status, day.Reason));
        var told = teacher.AllReplies();
        Assert.Contains("小红发烧了", told, StringComparison.Ordinal);
        Assert.DoesNotContain("今天", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_days_record_keeps_the_guardians_words_as_written()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var yeye = await h.BoundPhoneAsync("yeye", ConversationHarness.Grandpa);
        await yeye.SendAsync("小红发烧了 今天不去了");
        yeye.Reply();
        await yeye.SendAsync("对");
        yeye.Reply();

        var hong = await h.ChildAsync("王小红");
        var day = Assert.Single((await h.Get<IAttendanceService>().GetAsync(Actor.Admin, hong.Id, h.Today, h.Today))!.Days);
        Assert.Equal("小红发烧了 今天不去了", day.Reason);
    }
}
