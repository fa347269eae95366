using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 座谈会 invitations: each guardian and parent of a scheduled meeting is invited once through the outbox (a voice call
/// for a guardian who prefers one, by the delivery policy), with 1 参加 / 2 不参加. People no channel reaches are left
/// for the school to phone (they stay uninvited in the console).
/// </summary>
internal sealed class MeetingInvitationJob(IMeetingService meetings, IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox, TimeProvider time) : IScheduledJob
{
    public string Name => JobNames.MeetingInvite;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var due = await meetings.GetInvitationsDueAsync(context.NowUtc, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0) return 0;
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var recipients = await directory.GetRecipientsAsync(due.Select(d => d.PersonId).Where(reachable.Contains).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        var sent = new List<int>();
        foreach (var d in due)
        {
            if (!recipients.TryGetValue(d.PersonId, out var r)) continue;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(r.TimeZone ?? context.Zone.Id);
            var at = TimeZoneInfo.ConvertTime(d.At, zone);
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.MeetingInvitation(d.MeetingId, d.ChildName, d.Title, at, d.Place)));
            sent.Add(d.Id);
        }
        var queued = await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
        // Marked after the outbox has them (each keyed, so a crash in between re-enqueues nothing twice).
        await meetings.MarkInvitedAsync(sent, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return queued;
    }
}
