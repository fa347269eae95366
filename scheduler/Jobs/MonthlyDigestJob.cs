using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Each reachable parent gets last month (in the job's zone) for each child: days present, absent and late as
/// numbers (parents underestimate absences), teacher notes visible to parents, letters both ways, calls, and how
/// many reminders the guardian answered.
/// </summary>
internal sealed class MonthlyDigestJob(IDbContextFactory<ArchiveDbContext> dbs, IRecipientDirectory directory, OutboxWriter outbox, ReminderReplies replies) : IScheduledJob
{
    public string Name => JobNames.MonthlyDigest;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var first = new DateOnly(context.Today.Year, context.Today.Month, 1).AddMonths(-1);
        var next = first.AddMonths(1);
        var fromUtc = Period.StartUtc(first, context.Zone);
        var toUtc = Period.StartUtc(next, context.Zone);

        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var reachable = await FamilyQueries.ReachableAsync(db, cancellationToken).ConfigureAwait(false);
        var members = await FamilyQueries.Members(db).ToListAsync(cancellationToken).ConfigureAwait(false);
        var parents = members.Where(m => m.Role.IsParent() && reachable.Contains(m.PersonId)).ToList();
        if (parents.Count == 0) return 0;

        var attendance = (await db.Attendance.AsNoTracking().Where(a => a.Date >= first && a.Date < next)
                .GroupBy(a => new { a.ChildId, a.Status }).Select(g => new { g.Key.ChildId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => (a.ChildId, a.Status), a => a.Count);
        var notes = await db.Notes.AsNoTracking().Where(n => n.Visibility == NoteVisibility.Parents && n.CreatedAt >= fromUtc && n.CreatedAt < toUtc)
            .GroupBy(n => n.ChildId).Select(g => new { ChildId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.ChildId, x => x.Count, cancellationToken).ConfigureAwait(false);
        var letters = await db.Letters.AsNoTracking().Where(l => l.CreatedAt >= fromUtc && l.CreatedAt < toUtc)
            .GroupBy(l => l.ChildId).Select(g => new { ChildId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.ChildId, x => x.Count, cancellationToken).ConfigureAwait(false);
        var calls = (await db.Contacts.AsNoTracking().Where(c => c.Kind == ContactKind.Call && c.At >= fromUtc && c.At < toUtc)
                .GroupBy(c => new { c.ChildId, c.ParentId }).Select(g => new { g.Key.ChildId, g.Key.ParentId, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => (c.ChildId, c.ParentId), c => c.Count);
        var answered = await replies.CountByPersonAsync(first.Year, first.Month, cancellationToken).ConfigureAwait(false);
        var guardiansOf = members.Where(m => m.Role == FamilyRole.Guardian).ToLookup(m => m.ChildId, m => m.PersonId);

        var recipients = await directory.GetRecipientsAsync(parents.Select(p => p.PersonId).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var period = Period.Month(first);
        var deliveries = new List<Delivery>();
        foreach (var group in parents.GroupBy(p => p.PersonId))
        {
            if (!recipients.TryGetValue(group.Key, out var r)) continue;
            var lines = new List<string>();
            foreach (var child in group.DistinctBy(c => c.ChildId))
            {
                int Days(AttendanceStatus s) => attendance.GetValueOrDefault((child.ChildId, s));
                lines.Add(MessageCatalog.Get("Digest_Parent", r.Locale,
                    child.ChildName, MessageCatalog.MonthLabel(r.Locale, first.Month),
                    Days(AttendanceStatus.Present), Days(AttendanceStatus.Absent), Days(AttendanceStatus.Late),
                    notes.GetValueOrDefault(child.ChildId), letters.GetValueOrDefault(child.ChildId), calls.GetValueOrDefault((child.ChildId, group.Key))));
                var guardianReplies = guardiansOf[child.ChildId].Select(g => answered.GetValueOrDefault(g)).Where(c => c is not null).ToList();
                var total = guardianReplies.Sum(c => c!.Total);
                if (total > 0) lines.Add(MessageCatalog.Get("Digest_Replies", r.Locale, total, guardianReplies.Sum(c => c!.Done)));
            }

            deliveries.Add(new Delivery(r, Name, period, new OutboxMessage(string.Join('\n', lines))));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }
}
