using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// No child left alone (Minors Protection Law Art. 21–23), every morning: each head teacher gets the list of their
/// class's children with no active guardian (an open guardian gap, or nobody on the roster and no entrusted guardian),
/// and the parents of a child whose gap is past its 24 hours are asked again to name a temporary guardian. Once per
/// person and day, however often the job runs.
/// </summary>
internal sealed class GuardianCheckJob(ICareQueries care, IFamilyQueries families, IRecipientDirectory directory, OutboxWriter outbox) : IScheduledJob
{
    public string Name => JobNames.GuardianCheck;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var children = await care.GetChildrenWithoutGuardianAsync(context.NowUtc, cancellationToken).ConfigureAwait(false);
        if (children.Count == 0) return 0;
        var day = Period.Day(context.Today);
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var overdue = children.Where(c => c.Overdue).Select(c => c.ChildId).ToList();
        var parents = overdue.Count == 0 ? [] : (await families.GetMembersAsync(new FamilyQuery(overdue, ParentsOnly: true), cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).ToList();
        var heads = children.Where(c => c.HeadTeacherId is { } id && reachable.Contains(id)).GroupBy(c => c.HeadTeacherId!.Value).ToList();
        var recipients = await directory.GetRecipientsAsync(heads.Select(g => g.Key).Concat(parents.Select(p => p.PersonId)).ToHashSet(), cancellationToken).ConfigureAwait(false);

        var deliveries = new List<Delivery>();
        foreach (var group in heads)
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.NoGuardianToHead(day, group.Select(c => (c.ChildName, c.Overdue)).ToList())));
        }
        foreach (var p in parents)
        {
            if (!recipients.TryGetValue(p.PersonId, out var r)) continue;
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.NoGuardianToParent(day, p.ChildId, p.ChildName)));
        }
        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
