using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// The voice step of the emergency ladder: <c>Emergency:VoiceAfterMinutes</c> after an emergency was raised, each
/// recipient who has not acknowledged on any channel gets a notification call; after twice that, if anyone is still
/// silent, the head teacher is called. One call per person per emergency (the outbox key), and a call queued before an
/// acknowledgement is not placed (<see cref="DeliveryPolicy.CancelledAsync"/>).
/// </summary>
internal sealed class EmergencyVoiceCaller(
    IEmergencyService emergencies,
    IChildrenService children,
    IRecipientDirectory directory,
    OutboxWriter writer,
    IOptions<EmergencyVoiceOptions> options,
    IOptions<DeliveryOptions> delivery,
    ILogger<EmergencyVoiceCaller> logger)
{
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!delivery.Value.VoiceEnabled) return 0;
        var after = TimeSpan.FromMinutes(options.Value.VoiceAfterMinutes);
        var deliveries = new List<Delivery>();
        foreach (var e in await emergencies.UnacknowledgedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (now < e.RaisedAt + after) continue;
            var silent = e.Recipients.Where(r => r.AcknowledgedAt is null).ToList();
            if (silent.Count == 0) continue;
            var people = await directory.GetRecipientsAsync(silent.Select(s => s.PersonId).ToList(), cancellationToken).ConfigureAwait(false);
            foreach (var r in silent)
            {
                if (!people.TryGetValue(r.PersonId, out var who)) continue;
                deliveries.Add(Delivery.Of(who, OutboxJobs.VoiceCall, FamilyNotifications.EmergencyVoiceCall(EmergencyVoiceKey.Period(e.Id), e)));
            }

            if (now < e.RaisedAt + after + after) continue;
            var family = await children.GetFamilyAsync(Actor.Admin, e.ChildId, cancellationToken).ConfigureAwait(false);
            if (family?.HeadTeacher is not { } head) continue;
            var heads = await directory.GetRecipientsAsync([head.Id], cancellationToken).ConfigureAwait(false);
            if (!heads.TryGetValue(head.Id, out var teacher)) continue;
            deliveries.Add(Delivery.Of(teacher, OutboxJobs.VoiceCall,
                FamilyNotifications.EmergencyVoiceToHeadTeacher(EmergencyVoiceKey.HeadTeacherPeriod(e.Id), e, silent.Select(s => s.Name).ToList())));
        }

        var written = await writer.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
        if (written > 0) logger.LogWarning("Emergency voice step: {Calls} calls queued", written);
        return written;
    }
}
