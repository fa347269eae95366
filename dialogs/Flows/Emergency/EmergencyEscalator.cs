using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// Repeats unacknowledged emergency alerts and escalates them; the scheduler calls <see cref="RunOnceAsync"/> from
/// a job every minute or so. Idempotent: who is due is read from the archive at run time (a recipient's next alert
/// is due RepeatMinutes × alerts-so-far after raising), and every send carries a key per emergency, person and
/// round, so a re-run or a crash between send and record never delivers twice. After downtime each recipient gets
/// one catch-up alert per run, not a burst.
/// </summary>
internal sealed class EmergencyEscalator(
    IEmergencyService emergencies,
    IChildrenService children,
    IProactiveMessenger messenger,
    IOptions<EmergencyEscalationOptions> options,
    IOptions<EmergencyContactOptions> contact,
    ILogger<EmergencyEscalator> log)
{
    public async Task<EscalationRun> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var open = await emergencies.UnacknowledgedAsync(cancellationToken).ConfigureAwait(false);
        int repeats = 0, escalations = 0;
        foreach (var e in open)
        {
            var pending = e.Recipients.Where(r => r.AcknowledgedAt is null).ToList();
            var family = await children.GetFamilyAsync(Actor.Admin, e.ChildId, cancellationToken).ConfigureAwait(false);
            foreach (var r in pending)
            {
                if (r.AlertCount >= o.MaxAlerts || now < e.RaisedAt.AddMinutes(o.RepeatMinutes * (double)r.AlertCount)) continue;
                var round = Math.Max(1, r.AlertCount);
                await messenger.SendAsync(r.PersonId, FamilyNotifications.EmergencyAlert(r.PersonId, e, contact.Value.SchoolPhone, round), cancellationToken).ConfigureAwait(false);
                await emergencies.RecordAlertAsync(e.Id, r.PersonId, cancellationToken).ConfigureAwait(false);
                repeats++;
            }
            if (now < e.RaisedAt.AddMinutes(o.EscalateAfterMinutes)) continue;
            var targets = EscalationTargets(e, family, pending).ToList();
            foreach (var target in targets)
            {
                // The school's number is the way to reach the people not answering: personal numbers stay private.
                await messenger.SendAsync(target, FamilyNotifications.EmergencyEscalation(target, e, pending, contact.Value.SchoolPhone), cancellationToken).ConfigureAwait(false);
                escalations++;
            }
            if (targets.Count > 0) await emergencies.RecordEscalationAsync(e.Id, cancellationToken).ConfigureAwait(false);
        }
        if (repeats + escalations > 0)
            log.LogWarning("Emergency escalator: {Repeats} repeated alerts, {Escalations} escalation notices over {Open} open emergencies", repeats, escalations, open.Count);
        return new EscalationRun(open.Count, repeats, escalations);
    }

    /// <summary>Those who can phone the people not answering: the raiser, the head teacher, and whoever acknowledged.</summary>
    private static IEnumerable<int> EscalationTargets(EmergencyInfo e, ChildFamily? family, List<EmergencyRecipientInfo> pending)
    {
        var targets = new List<int>();
        if (e.RaisedById is { } raiser) targets.Add(raiser);
        if (family?.HeadTeacher is { } head) targets.Add(head.Id);
        targets.AddRange(e.Recipients.Where(r => r.AcknowledgedAt is not null).Select(r => r.PersonId));
        return targets.Distinct().Where(id => pending.All(p => p.PersonId != id));
    }
}
