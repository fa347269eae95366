using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

public sealed class EmergencyEscalatorTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync(o =>
    {
        o.RepeatMinutes = 5;
        o.EscalateAfterMinutes = 10;
        o.MaxAlerts = 3;
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<EmergencyInfo> RaiseAsync()
    {
        await _h.BindAsync(ConversationHarness.Aunt, "gugu");
        await _h.Guardian("gugu").Flow()
            .Send("紧急求助").AssertReplyContains("出了什么事？")
            .Send("1").AssertReplyContains("还没开通，开通后才会收到")
            .StartTestAsync();
        return Assert.Single(await _h.Get<IEmergencyService>().UnacknowledgedAsync());
    }

    [Fact]
    public async Task Unacknowledged_alerts_are_repeated_once_per_interval_however_often_the_job_runs()
    {
        var e = await RaiseAsync();
        var escalator = _h.Get<EmergencyEscalator>();
        Assert.Equal(new EscalationRun(1, 0, 0), await escalator.RunOnceAsync(_h.Time.GetUtcNow()));
        _h.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, (await escalator.RunOnceAsync(_h.Time.GetUtcNow())).Repeats);

        _h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, (await escalator.RunOnceAsync(_h.Time.GetUtcNow())).Repeats);
        Assert.Equal(0, (await escalator.RunOnceAsync(_h.Time.GetUtcNow())).Repeats);
        Assert.Equal(6, _h.Messenger.Sent.Count);
        Assert.All(e.Recipients, r => Assert.StartsWith("【紧急·第2次提醒】张浩然：孩子找不到了\n张桂兰（监护人）09:00报告。您还没有确认，请回复「收到」。", _h.Messenger.To(r.PersonId)[1].Text));
        Assert.All(_h.Messenger.Sent, m => Assert.True(m.Urgent));
        Assert.All(await _h.Get<IEmergencyService>().UnacknowledgedAsync(), x => Assert.All(x.Recipients, r => Assert.Equal(2, r.AlertCount)));
    }

    [Fact]
    public async Task After_the_escalation_time_the_raiser_head_teacher_and_those_who_acknowledged_learn_who_has_not()
    {
        var e = await RaiseAsync();
        var family = await _h.FamilyAsync("张浩然");
        var escalator = _h.Get<EmergencyEscalator>();
        Assert.True(await _h.Get<IEmergencyService>().AcknowledgeAsync(Actor.Parent(family.Father!.Id), e.Id));
        Assert.True(await _h.Get<IEmergencyService>().AcknowledgeAsync(Actor.Teacher(family.HeadTeacher!.Id), e.Id));

        _h.Time.Advance(TimeSpan.FromMinutes(10));
        var run = await escalator.RunOnceAsync(_h.Time.GetUtcNow());
        Assert.Equal(new EscalationRun(1, 1, 3), run);
        const string notice = "张浩然的紧急情况：陈梅（妈妈）还没有确认收到。请马上打电话联系他们。";
        Assert.Equal(notice, _h.Messenger.To(family.Guardian!.Id).Single().Text);
        Assert.Equal(notice, _h.Messenger.To(family.Father.Id)[1].Text);
        Assert.Equal(notice, _h.Messenger.To(family.HeadTeacher.Id)[1].Text);
        Assert.Equal(2, _h.Messenger.To(family.Mother!.Id).Count);

        // The mother's next alert was due at +10 as well: a second run sends that one, and no notice twice.
        await escalator.RunOnceAsync(_h.Time.GetUtcNow());
        Assert.Equal(3, _h.Messenger.To(family.Mother.Id).Count);
        Assert.Single(_h.Messenger.To(family.Guardian.Id));
        await escalator.RunOnceAsync(_h.Time.GetUtcNow());
        Assert.Equal(3, _h.Messenger.To(family.Mother.Id).Count);
        Assert.Equal(2, _h.Messenger.To(family.Father.Id).Count);
    }

    [Fact]
    public async Task Repeats_stop_at_the_configured_number_of_alerts_and_acknowledged_emergencies_are_left_alone()
    {
        var e = await RaiseAsync();
        var escalator = _h.Get<EmergencyEscalator>();
        for (var i = 0; i < 6; i++)
        {
            _h.Time.Advance(TimeSpan.FromMinutes(5));
            await escalator.RunOnceAsync(_h.Time.GetUtcNow());
        }
        var family = await _h.FamilyAsync("张浩然");
        Assert.Equal(3, _h.Messenger.To(family.Mother!.Id).Count);
        foreach (var r in e.Recipients) await _h.Get<IEmergencyService>().AcknowledgeAsync(new Actor(ActorRoleOf(r.Role), r.PersonId), e.Id);
        Assert.Equal(new EscalationRun(0, 0, 0), await escalator.RunOnceAsync(_h.Time.GetUtcNow()));
    }

    private static LeftBehind.Archive.Model.ActorRole ActorRoleOf(string role) => role switch
    {
        "father" or "mother" => LeftBehind.Archive.Model.ActorRole.Parent,
        "guardian" => LeftBehind.Archive.Model.ActorRole.Guardian,
        _ => LeftBehind.Archive.Model.ActorRole.Teacher,
    };
}
