using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Notifications;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Tests.Scheduler;

/// <summary>
/// While an emergency about a child is open, the scheduler's routine notices stay away from the people on it: through
/// the real jobs, the real outbox and the real database, on a fake clock.
/// </summary>
public sealed class EmergencyPauseTests
{
    [Fact]
    public async Task While_the_child_is_missing_the_family_gets_the_emergency_alert_but_not_the_weekly_call_prompt_and_that_weeks_prompt_is_not_sent_after_it()
    {
        await using var h = await SchedulerHarness.CreateAsync();
        var (family, head) = await OutboxDeliveryTests.OneFamilyAsync(h);
        var emergencies = h.Get<IEmergencyService>();
        var outbox = h.Get<IOutbox>();

        // Sunday 18:00: the head teacher raises an emergency; the alert reaches the father (urgent, as the flow sends it).
        h.SetLocal(2026, 11, 22, 18, 0);
        var emergency = await emergencies.RaiseAsync(Actor.Teacher(head), family.ChildId, "小明放学没有回家，正在找");
        var alert = FamilyNotifications.EmergencyAlert(family.Father, emergency, null, 0);
        await outbox.EnqueueAsync(family.Father, OutboxMessage.From(alert.Build(FamilyNotifications.Culture("zh-CN"))), alert.Key, urgent: true);
        await h.DrainAsync();
        Assert.Contains(h.Adapter.For(SeededFamily.User(family.Father)), s => s.Text.Contains("小明放学没有回家", StringComparison.Ordinal));

        // 19:00, the parents' weekly call prompt is due: written by the job, but withdrawn, never sent, while the child is missing.
        h.SetLocal(2026, 11, 22, 19, 0);
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.CallHome));
        Assert.DoesNotContain(h.Adapter.Sent, s => s.Text.Contains("打个电话", StringComparison.Ordinal));
        var withdrawn = (await outbox.ListAsync(OutboxStatus.Withdrawn, 1, 50)).Items;
        Assert.Equal([family.Father, family.Mother], withdrawn.Where(r => r.Job == JobNames.CallHome).Select(r => r.RecipientId).Order());
        Assert.All(withdrawn, r => Assert.Equal(OutboxDispatcher.EmergencyWithdrawnReason, r.LastError));

        // Found at 20:00. The job runs again within that prompt's window: the skipped prompt does not come late.
        h.SetLocal(2026, 11, 22, 20, 0);
        Assert.Equal(EmergencyResolution.Resolved, await emergencies.ResolveAsync(Actor.Teacher(head), emergency.Id, "在同学家，已经接回"));
        h.SetLocal(2026, 11, 22, 20, 5);
        Assert.Equal(0, await h.RunAndDeliverAsync(JobNames.CallHome));
        Assert.DoesNotContain(h.Adapter.Sent, s => s.Text.Contains("打个电话", StringComparison.Ordinal));

        // The next week, with no emergency open, the prompt comes as usual.
        h.SetLocal(2026, 11, 29, 19, 0);
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.CallHome));
        Assert.StartsWith("这周给小明打个电话吧。", Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)), s => s.OutboxKey?.StartsWith(JobNames.CallHome, StringComparison.Ordinal) == true).Text);
    }

    [Fact]
    public async Task A_teacher_on_an_open_emergency_gets_the_class_routine_list_after_it_is_resolved_not_during_it()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 11, 2, 6), configure: o => o.QuietHours.Enabled = false);
        var school = await h.Seed.SchoolAsync();
        var (cls, head) = await h.Seed.ClassAsync(school);
        var gang = await h.Seed.FamilyAsync(school, cls, "小刚", guardian: false);
        var emergencies = h.Get<IEmergencyService>();

        h.SetLocal(2026, 11, 2, 7, 0);
        var emergency = await emergencies.RaiseAsync(Actor.Teacher(head), gang.ChildId, "小刚早上没到校，家里也找不到");

        // 07:30: the morning list of children without a guardian is written, but waits while the emergency is open.
        h.SetLocal(2026, 11, 2, 7, 30);
        Assert.Equal(1, await h.RunAndDeliverAsync(JobNames.GuardianCheck));
        Assert.Empty(h.Adapter.For(SeededFamily.User(head)));
        var waiting = Assert.Single((await h.Get<IOutbox>().ListAsync(null, 1, 50)).Items, r => r.Job == JobNames.GuardianCheck);
        Assert.Equal(OutboxDispatcher.EmergencyHeldReason, waiting.LastError);
        Assert.Null(waiting.SentAt);

        // Resolved at 07:45; at the next look (30 minutes after it was held back) the teacher gets the list.
        h.SetLocal(2026, 11, 2, 7, 45);
        Assert.Equal(EmergencyResolution.Resolved, await emergencies.ResolveAsync(Actor.Teacher(head), emergency.Id, "找到了，在外婆家"));
        await h.DrainAsync();
        Assert.Empty(h.Adapter.For(SeededFamily.User(head)));
        h.SetLocal(2026, 11, 2, 8, 0);
        await h.DrainAsync();
        Assert.Equal("今天有1个孩子没有在岗的监护人：小刚。请尽快联系家长登记临时监护人。", Assert.Single(h.Adapter.For(SeededFamily.User(head))).Activity.Text);
    }
}
