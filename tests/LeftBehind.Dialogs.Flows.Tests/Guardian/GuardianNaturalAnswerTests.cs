using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;
using LeftBehind.Tests.Emergency;

namespace LeftBehind.Tests.Guardian;

/// <summary>Issue 13: grandparents answer the way they talk (one or two characters, dialect, Traditional script).</summary>
public sealed class GuardianNaturalAnswerTests : IAsyncLifetime
{
    private const string WhichChild = "哪个孩子请假？\n1. 王小明\n2. 王小红";
    private const string WhichDays = "请哪天的假？\n1. 今天\n2. 明天\n3. 这周";
    private const string Why = "为什么请假？\n1. 生病\n2. 有事";
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Grandpa_reports_leave_with_one_or_two_characters_and_never_hears_no_such_option()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("请假").AssertReply(WhichChild)
            .Send("小明").AssertReply(WhichDays)
            .Send("明天").AssertReply(Why)
            .Send("病").AssertReply("好了，王小明11月24日请假了，学校已经记下。")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Sick, await _h.StatusAsync("王小明", _h.Today.AddDays(1)));
    }

    [Fact]
    public async Task A_traditional_name_a_day_inside_a_sentence_and_a_reason_with_a_word_between_are_understood()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("请假").AssertReply(WhichChild)
            .Send("小紅").AssertReply(WhichDays)
            .Send("就后天吧").AssertReply(Why)
            .Send("家里有点事").AssertReply("好了，王小红11月25日请假了，学校已经记下。")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_that_fits_both_children_gets_one_short_question_naming_them()
    {
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Guardian("yeye").Flow()
            .Send("请假").AssertReply(WhichChild)
            .Send("小").AssertReplyContains("您是说王小明还是王小红？")
            .Send("红").AssertReply(WhichDays)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("行")]
    [InlineData("好")]
    [InlineData("中")]
    [InlineData("要得")]
    [InlineData("好嘞")]
    [InlineData("👌🏽")]
    public async Task Grandpa_confirms_a_call_home_the_way_he_talks(string answer)
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var ming = await _h.ChildAsync("王小明");
        var booking = await _h.Get<ICallHomeService>().BookAsync(father.Actor, ming.Id, new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await _h.Guardian("yeye").Flow()
            .Send("3").AssertReply("王建军想在11月29日 20:00给王小明打电话。可以吗？\n1. 可以\n2. 不行")
            .Send(answer).AssertReply("好，已告诉孩子爸妈。到时候让孩子等电话。")
            .StartTestAsync();
        var upcoming = await _h.Get<ICallHomeService>().UpcomingAsync(father.Actor, ming.Id);
        Assert.Equal(CallBookingStatus.Confirmed, upcoming!.Single(b => b.Id == booking.Id).Status);
    }

    [Theory]
    [InlineData("不中")]
    [InlineData("不了")]
    public async Task Grandpa_turns_a_call_down_in_dialect(string answer)
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var ming = await _h.ChildAsync("王小明");
        var booking = await _h.Get<ICallHomeService>().BookAsync(father.Actor, ming.Id, new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await _h.Guardian("yeye").Flow()
            .Send("3").AssertReply("王建军想在11月29日 20:00给王小明打电话。可以吗？\n1. 可以\n2. 不行")
            .Send(answer).AssertReply("好，已告诉孩子爸妈换个时间。")
            .StartTestAsync();
        var upcoming = await _h.Get<ICallHomeService>().UpcomingAsync(father.Actor, ming.Id);
        Assert.NotEqual(CallBookingStatus.Confirmed, upcoming!.SingleOrDefault(b => b.Id == booking.Id)?.Status);
    }
}
