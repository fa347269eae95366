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
            var culture = MessageCatalog.Culture(r.Locale);
            var when = at.ToString(MessageCatalog.Get("Meeting_When", r.Locale), culture);
            var text = MessageCatalog.Get("Meeting_Invite", r.Locale, d.ChildName, d.Title, when, d.Place ?? MessageCatalog.Get("Meeting_School", r.Locale));
            deliveries.Add(new Delivery(r, Name, $"m{d.MeetingId}", new OutboxMessage(text,
                [new(MessageCatalog.Get("Meeting_Attend", r.Locale), MessageCatalog.Get("Meeting_Attend", r.Locale)),
                 new(MessageCatalog.Get("Meeting_Decline", r.Locale), MessageCatalog.Get("Meeting_Decline", r.Locale))])));
            sent.Add(d.Id);
        }
        var queued = await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
        // Marked after the outbox has them (each keyed, so a crash in between re-enqueues nothing twice).
        await meetings.MarkInvitedAsync(sent, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return queued;
    }
}
