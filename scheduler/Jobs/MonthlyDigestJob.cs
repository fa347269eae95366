using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Each reachable parent gets last month (in the job's zone) for each child: days present, absent and late as
/// numbers (parents underestimate absences), teacher notes visible to parents, letters both ways, calls, and how
/// many reminders the guardian answered.
/// </summary>
internal sealed class MonthlyDigestJob(IFamilyQueries families, IRecordQueries records, IRecipientDirectory directory, OutboxWriter outbox, ReminderReplies replies) : IScheduledJob
{
    public string Name => JobNames.MonthlyDigest;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var first = new DateOnly(context.Today.Year, context.Today.Month, 1).AddMonths(-1);
        var next = first.AddMonths(1);
        var fromUtc = Period.StartUtc(first, context.Zone);
        var toUtc = Period.StartUtc(next, context.Zone);

        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var members = await families.GetMembersAsync(FamilyQuery.All, cancellationToken).ConfigureAwait(false);
        var parents = members.Where(m => m.IsParent && reachable.Contains(m.PersonId)).ToList();
        if (parents.Count == 0) return 0;

        var (attendance, notes, letters, calls) = await records.GetMonthlyActivityAsync(first, next, fromUtc, toUtc, cancellationToken).ConfigureAwait(false);
        var answered = await replies.CountByPersonAsync(first.Year, first.Month, cancellationToken).ConfigureAwait(false);
        var guardiansOf = members.Where(m => m.Role == FamilyRole.Guardian).ToLookup(m => m.ChildId, m => m.PersonId);

        var recipients = await directory.GetRecipientsAsync(parents.Select(p => p.PersonId).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var period = Period.Month(first);
        var deliveries = new List<Delivery>();
        foreach (var group in parents.GroupBy(p => p.PersonId))
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            var lines = new List<MonthlyDigestChild>();
            foreach (var child in group.DistinctBy(c => c.ChildId))
            {
                int Days(AttendanceStatus s) => attendance.GetValueOrDefault((child.ChildId, s));
                var guardianReplies = guardiansOf[child.ChildId].Select(g => answered.GetValueOrDefault(g)).Where(c => c is not null).ToList();
                lines.Add(new MonthlyDigestChild(child.ChildName, Days(AttendanceStatus.Present), Days(AttendanceStatus.Absent), Days(AttendanceStatus.Late),
                    notes.GetValueOrDefault(child.ChildId), letters.GetValueOrDefault(child.ChildId), calls.GetValueOrDefault((child.ChildId, group.Key)),
                    guardianReplies.Sum(c => c!.Total), guardianReplies.Sum(c => c!.Done)));
            }

            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.MonthlyDigest(period, first.Month, lines)));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
