using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 学期通报 at the end of each term (校历): every guardian and parent gets their child's term — attendance, letters,
/// calls, the teacher's words and a wellbeing line written from the 谈心 (never the marks) — through the outbox, so a
/// guardian who prefers a voice call hears it. Sent on the term's last day, or within a week after if the job missed
/// it; once per person, child and term.
/// </summary>
internal sealed class TermNoticeJob(ITermCalendar calendar, ICareQueries care, IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox) : IScheduledJob
{
    private static readonly TimeSpan CatchUp = TimeSpan.FromDays(7);

    public string Name => JobNames.TermNotice;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var today = context.Today;
        if (calendar.CurrentOrLast(today) is not { } term || today < term.End || today > term.End.AddDays(CatchUp.Days)) return 0;
        var notices = await care.GetTermNoticesAsync(term.Start, term.End, context.Zone, cancellationToken).ConfigureAwait(false);
        if (notices.Count == 0) return 0;
        var byChild = notices.ToDictionary(n => n.ChildId);
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var members = (await families.GetMembersAsync(new FamilyQuery(byChild.Keys.ToList()), cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).ToList();
        var recipients = await directory.GetRecipientsAsync(members.Select(m => m.PersonId).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        foreach (var m in members)
        {
            if (!recipients.TryGetValue(m.PersonId, out var r) || !byChild.TryGetValue(m.ChildId, out var notice)) continue;
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.TermNotice(term.Name, notice, shortForm: !m.IsParent)));
        }
        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
