using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Issue 12: what 好 / 嗯 / 好的 mean while an alert is unacknowledged. An acknowledgement must mean the person saw
/// the alert: a soft word acknowledges only when no other question of ours waits for an answer; while a flow asks
/// something, "好" answers the flow, the alert stays open (its repeats go on) until "收到" or the button.
/// </summary>
public sealed class SoftAcknowledgementTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<(int Teacher, int Grandpa)> RaiseAsync()
    {
        var teacher = await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        var ming = await _h.ChildAsync("王小明");
        await _h.Client(_h.Get<RaiseEmergencyDialog>(), "li", options: new RaiseEmergencyOptions("王小明在学校摔伤了，已送镇医院", ming.Id)).Flow()
            .Send("应急").AssertReplyContains("已经通知")
            .StartTestAsync();
        return (teacher.PersonId, grandpa.PersonId);
    }

    private async Task<bool> AcknowledgedAsync(int personId) =>
        (await _h.Get<IEmergencyService>().UnacknowledgedAsync()).All(e => e.Recipients.Single(r => r.PersonId == personId).AcknowledgedAt is not null);

    [Theory]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("嗯")]
    public async Task A_soft_word_while_a_flow_asks_its_own_question_answers_that_question_and_leaves_the_alert_open(string soft)
    {
        var (teacher, grandpa) = await RaiseAsync();
        var acknowledgedAfterSoftWord = true;
        await _h.Guardian("yeye").Flow()
            .Send("1").AssertReplyContains("哪个孩子请假？")
            .Send(soft).AssertReplyContains("王小明")
            .Do(async () => acknowledgedAfterSoftWord = await AcknowledgedAsync(grandpa))
            .Send("收到").AssertReply("已确认收到（王小明）。谢谢！")
            .StartTestAsync();

        Assert.False(acknowledgedAfterSoftWord);
        Assert.True(await AcknowledgedAsync(grandpa));
        Assert.Single(_h.Messenger.To(teacher));
    }

    [Theory]
    [InlineData("好")]
    [InlineData("好的")]
    [InlineData("嗯嗯")]
    public async Task A_soft_word_with_nothing_else_asked_acknowledges_the_alert(string soft)
    {
        var (teacher, grandpa) = await RaiseAsync();
        await _h.Guardian("yeye").Flow()
            .Send(soft).AssertReply("已确认收到（王小明）。谢谢！")
            .StartTestAsync();

        Assert.True(await AcknowledgedAsync(grandpa));
        Assert.Equal("王德福（监护人）已确认收到王小明的紧急情况。", Assert.Single(_h.Messenger.To(teacher)).Text);
    }

    [Fact]
    public void Soft_words_are_a_part_of_the_acknowledgement_words_and_收到_is_not_one_of_them()
    {
        Assert.All(["好", "好的", "嗯", "ok"], w => Assert.True(EmergencyAcknowledger.IsAcknowledgement(w) && EmergencyAcknowledger.IsSoftAcknowledgement(w)));
        Assert.All(["收到", "知道了", "received"], w => Assert.True(EmergencyAcknowledger.IsAcknowledgement(w) && !EmergencyAcknowledger.IsSoftAcknowledgement(w)));
        Assert.False(EmergencyAcknowledger.IsAcknowledgement("1"));
    }
}
