using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 五个一: on the first school day of the month's third week (15th–21st) each proxy parent still missing some of this
/// month's items gets one short, gentle message naming them, with the children each is for. Once per teacher and month
/// (the outbox key); nothing when the month is done, nothing in a week without school days (the vacations). The
/// festival is named only in the months before one the school marks (<see cref="FestivalHintMonths"/>): a reminder
/// every month of a once-a-year duty would be nagging. The message is the catalogue's
/// (<see cref="FamilyNotifications.FiveOnesMissing"/>), its key the job's outbox key.
/// </summary>
internal sealed class FiveOnesSuggestionJob(ITermCalendar calendar, ICareQueries care, IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox) : IScheduledJob
{
    /// <summary>May (六一 ahead), September (中秋, 国庆 ahead), December (元旦 ahead).</summary>
    public static readonly IReadOnlySet<int> FestivalHintMonths = new HashSet<int> { 5, 9, 12 };

    public string Name => JobNames.FiveOnes;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var today = context.Today;
        if (!FiveOnes.InSuggestionWeek(today) || !calendar.InSession(today)) return 0;
        var rows = await care.GetFiveOnesAsync(today, context.Zone, cancellationToken).ConfigureAwait(false);
        var missing = rows
            .SelectMany(r => r.Missing.Where(i => i != FiveOnesItem.Festival || FestivalHintMonths.Contains(today.Month)).Select(i => (r.TeacherId, Item: i, r.ChildName)))
            .GroupBy(x => x.TeacherId).ToList();
        if (missing.Count == 0) return 0;
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var recipients = await directory.GetRecipientsAsync(missing.Select(m => m.Key).Where(reachable.Contains).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        foreach (var teacher in missing)
        {
            if (!recipients.TryGetValue(teacher.Key, out var r)) continue;
            var items = teacher.GroupBy(x => x.Item).OrderBy(g => g.Key)
                .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(x => x.ChildName).ToList())).ToList();
            var notice = FamilyNotifications.FiveOnesMissing(FiveOnes.MonthOf(today), items);
            deliveries.Add(Delivery.Of(r, Name, notice));
        }
        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
