using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 每周谈心: on Friday afternoon each paired teacher with children still without this week's talk is reminded, with
/// their names. Once per teacher and week; a teacher who has recorded every child hears nothing. Only in weeks with
/// school days (校历): no reminder in the vacations or a holiday week.
/// </summary>
internal sealed class WeeklyTalkReminderJob(ITermCalendar calendar, ICareQueries care, IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox) : IScheduledJob
{
    public string Name => JobNames.WeeklyTalk;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var weekOf = CareRules.WeekOf(context.Today);
        // Vacations and a holiday week (国庆) have no 谈心 to remind of.
        if (!Enumerable.Range(0, 5).Any(i => calendar.InSession(weekOf.AddDays(i)))) return 0;
        var due = await care.GetTalksDueAsync(weekOf, cancellationToken).ConfigureAwait(false);
        if (due.Count == 0) return 0;
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var recipients = await directory.GetRecipientsAsync(due.Select(d => d.TeacherId).Where(reachable.Contains).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        foreach (var d in due)
        {
            if (!recipients.TryGetValue(d.TeacherId, out var r)) continue;
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.WeeklyTalkReminder(Period.Day(weekOf), d.Children.Select(c => c.Name).ToList())));
        }
        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
