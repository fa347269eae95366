using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>What happened is kept as a kind beside the raiser's words, so every reader sees it in their own language.</summary>
public sealed class EmergencyKindTranscriptTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_teacher_writing_in_english_who_picks_the_child_is_missing_alerts_the_chinese_grandfather_in_chinese()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Teacher("li", "en-US").Flow()
            .Send("Emergency").AssertReplyContains("Which child?")
            .Send("王小明").AssertReplyContains("1. The child is missing")
            .Send("1").AssertReplyContains("Alerted: 王德福 (guardian)")
            .StartTestAsync();
        Assert.Equal("【紧急】王小明：孩子找不到了\n李红梅（班主任）09:00报告。请回复「收到」确认，您回复的话会转给大家。", Assert.Single(_h.Messenger.To(grandpa.PersonId)).Text);
        var report = Assert.Single(await _h.Get<IEmergencyService>().ListAsync(open: true, 10));
        Assert.Equal("The child is missing", report.Text);
        Assert.Equal(EmergencyKind.Missing, report.Kind);
    }

    [Fact]
    public async Task An_emergency_in_the_teachers_own_words_reaches_the_family_in_her_words_as_something_else()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var grandpa = await _h.BindAsync(ConversationHarness.Grandpa, "yeye");
        await _h.Teacher("li").Flow()
            .Send("紧急情况").AssertReplyContains("是哪个孩子？")
            .Send("王小明").AssertReplyContains("4. 别的事，我来说")
            .Send("4").AssertReplyContains("发生了什么")
            .Send("孩子找不到了 <b>在河边</b>").AssertReplyContains("王德福（监护人）")
            .StartTestAsync();
        Assert.StartsWith("【紧急】王小明：孩子找不到了 <b>在河边</b>\n", Assert.Single(_h.Messenger.To(grandpa.PersonId)).Text);
        Assert.Equal(EmergencyKind.Other, Assert.Single(await _h.Get<IEmergencyService>().ListAsync(open: true, 10)).Kind);
    }
}
