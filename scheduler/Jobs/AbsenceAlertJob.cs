using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// A child marked absent today with no leave recorded, once the local cutoff (09:30) has passed: the guardian is
/// asked to act (1/2/3) and the parents are told. Once per child, person and day, however often the job runs.
/// </summary>
internal sealed class AbsenceAlertJob(IFamilyQueries families, IRecordQueries records, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    public string Name => JobNames.AbsenceAlert;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        if (TimeOnly.FromDateTime(context.Local) < TimeOnly.FromTimeSpan(options.Value.Rules.AbsenceCutoff)) return 0;
        var today = context.Today;

        var absent = await records.GetAbsentWithoutLeaveAsync(today, cancellationToken).ConfigureAwait(false);
        if (absent.Count == 0) return 0;

        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var family = (await families.GetMembersAsync(new FamilyQuery(absent), cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).ToList();
        var recipients = await directory.GetRecipientsAsync(family.Select(f => f.PersonId).ToHashSet(), cancellationToken).ConfigureAwait(false);

        var deliveries = new List<Delivery>();
        foreach (var m in family)
        {
            if (!recipients.TryGetValue(m.PersonId, out var r)) continue;
            deliveries.Add(Delivery.Of(r, Name, m.Role == FamilyRole.Guardian
                ? FamilyNotifications.AbsenceToGuardian(Period.Day(today), m.ChildId, m.ChildName)
                : FamilyNotifications.AbsenceToParent(Period.Day(today), m.ChildId, m.ChildName)));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
