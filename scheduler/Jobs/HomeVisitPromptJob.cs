using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 家访 each term: every other Monday from the term's third week (a school day), each head teacher with class children
/// not yet visited this term gets their number and names. Once per teacher and fortnight; nothing in the vacations,
/// nothing once every child is visited.
/// </summary>
internal sealed class HomeVisitPromptJob(ITermCalendar calendar, ICareQueries care, IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox) : IScheduledJob
{
    /// <summary>The first week a prompt goes out: the first fortnight of a term is for settling in.</summary>
    public const int FirstWeek = 3;

    private const int NamesShown = 10;

    public string Name => JobNames.HomeVisit;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var today = context.Today;
        if (calendar.TermOf(today) is not { } term || !term.InSession(today)) return 0;
        var week = term.WeekOf(today);
        if (week < FirstWeek || (week - FirstWeek) % 2 != 0) return 0;
        var due = await care.GetHomeVisitsDueAsync(term.Start, term.End, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0) return 0;
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var recipients = await directory.GetRecipientsAsync(due.Select(d => d.HeadTeacherId).Where(reachable.Contains).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        foreach (var d in due)
        {
            if (!recipients.TryGetValue(d.HeadTeacherId, out var r)) continue;
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.HomeVisitPrompt(term.Name, week, d.Children.Count, d.Children.Take(NamesShown).Select(c => c.Name).ToList())));
        }
        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
