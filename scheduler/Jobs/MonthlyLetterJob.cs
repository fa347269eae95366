using LeftBehind.Scheduler.Calendar;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// 两地书: every reachable parent is asked to write this month's letter (one tap starts the letter dialog); for each
/// of their children the guardian, or the paired teacher when no guardian can be reached, is asked to help the child
/// write back. One message per person per month, naming all their children.
/// </summary>
internal sealed class MonthlyLetterJob(IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    /// <summary>The button's value; the conversations route it to the letter dialog.</summary>

    public string Name => JobNames.MonthlyLetter;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var period = Period.Month(context.Today);
        var festival = ChineseFestivals.Upcoming(context.Today, options.Value.Rules.FestivalLookaheadDays);

        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var members = await families.GetMembersAsync(FamilyQuery.All, cancellationToken).ConfigureAwait(false);

        var parents = members.Where(m => m.IsParent && reachable.Contains(m.PersonId)).ToList();
        var childrenWithParent = parents.Select(p => p.ChildId).ToHashSet();
        var guardians = members.Where(m => m.Role == FamilyRole.Guardian && reachable.Contains(m.PersonId) && childrenWithParent.Contains(m.ChildId)).ToList();
        var helped = guardians.Select(g => g.ChildId).ToHashSet();
        var byTeacher = parents.Where(p => !helped.Contains(p.ChildId) && p.PairedTeacherId is { } t && reachable.Contains(t))
            .DistinctBy(p => p.ChildId)
            .Select(p => (PersonId: p.PairedTeacherId!.Value, p.ChildId, p.ChildName));
        var helpers = guardians.Select(g => (g.PersonId, g.ChildId, g.ChildName)).Concat(byTeacher).ToList();

        var recipients = await directory.GetRecipientsAsync(parents.Select(p => p.PersonId).Concat(helpers.Select(h => h.PersonId)).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>(recipients.Count);
        foreach (var group in parents.GroupBy(p => p.PersonId))
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            var names = group.Select(g => g.ChildName).Distinct().ToList();
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.MonthlyLetterToParent(period, names, festival?.Festival.ToString(), festival?.Date ?? default)));
        }

        foreach (var group in helpers.GroupBy(h => h.PersonId))
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            var names = group.Select(g => g.ChildName).Distinct().ToList();
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.MonthlyLetterToHelper(period, names, festival?.Festival.ToString())));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }

}
