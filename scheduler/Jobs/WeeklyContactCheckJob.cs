using System.Globalization;
using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Minors Protection Law Art. 23 (contact at least weekly): a parent with no recorded contact with a child for 7 days
/// gets a gentle nudge, again for every further 7 days of silence; from 14 days the paired teacher (else the head
/// teacher) is told as well. The silence is counted from the last contact, else from when the parent was registered.
/// </summary>
internal sealed class WeeklyContactCheckJob(IFamilyQueries families, IRecordQueries records, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    public string Name => JobNames.WeeklyContactCheck;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var rules = options.Value.Rules;
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var parents = (await families.GetMembersAsync(FamilyQuery.Parents, cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).ToList();
        if (parents.Count == 0) return 0;

        var lastContact = await records.GetLastContactsAsync(cancellationToken).ConfigureAwait(false);
        var registered = await families.GetRegisteredAtAsync(parents.Select(p => p.PersonId).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var heads = await families.GetHeadTeachersAsync(cancellationToken).ConfigureAwait(false);

        var due = new List<(FamilyMember Parent, int Days, string Since, int? Teacher)>();
        foreach (var p in parents)
        {
            var since = lastContact.TryGetValue((p.ChildId, p.PersonId), out var at) ? at : registered.GetValueOrDefault(p.PersonId, context.NowUtc);
            var days = (int)Math.Floor((context.NowUtc - since).TotalDays);
            if (days < rules.ContactNudgeDays) continue;
            var teacher = days >= rules.ContactTeacherDays ? p.PairedTeacherId ?? heads.GetValueOrDefault(p.ClassId) : (int?)null;
            due.Add((p, days, since.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), teacher is > 0 && reachable.Contains(teacher.Value) ? teacher : null));
        }

        var recipients = await directory.GetRecipientsAsync(due.Select(d => d.Parent.PersonId).Concat(due.Where(d => d.Teacher is not null).Select(d => d.Teacher!.Value)).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        foreach (var (parent, days, since, teacher) in due)
        {
            // One nudge per child per completed week of silence: the period names the silence and the week count.
            var step = days / rules.ContactNudgeDays;
            if (recipients.TryGetValue(parent.PersonId, out var r))
            {
                deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.ContactNudgeToParent(parent.ChildId, since, step, parent.ChildName, days)));
            }

            if (teacher is { } t && recipients.TryGetValue(t, out var tr))
            {
                deliveries.Add(Delivery.Of(tr, Name, FamilyNotifications.ContactToTeacher(parent.ChildId, parent.PersonId, since, step, parent.ChildName, days)));
            }
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
