using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Call home: (1) shortly before a booked call, the parent and the guardian are reminded (even in quiet hours: the
/// call is at that hour); (2) each parent gets a call-home prompt on their preferred day and time (weekly by default,
/// fortnightly on even ISO weeks, monthly in the first week), unless they were in touch in the last six days.
/// </summary>
internal sealed class CallHomeJob(IDbContextFactory<ArchiveDbContext> dbs, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    /// <summary>The weekly prompt may go out this long after the preferred time (a run missed by a restart still counts).</summary>
    private static readonly TimeSpan PromptWindow = TimeSpan.FromHours(12);

    public string Name => JobNames.CallHome;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var reachable = await FamilyQueries.ReachableAsync(db, cancellationToken).ConfigureAwait(false);
        var written = await RemindBookedCallsAsync(db, reachable, context, cancellationToken).ConfigureAwait(false);
        written += await PromptWeeklyCallsAsync(db, reachable, context, cancellationToken).ConfigureAwait(false);
        return written;
    }

    private async Task<int> RemindBookedCallsAsync(ArchiveDbContext db, HashSet<int> reachable, JobRunContext context, CancellationToken cancellationToken)
    {
        var now = context.NowUtc;
        var horizon = now + options.Value.Rules.CallReminderLead;
        var bookings = await db.CallBookings
            .Where(b => (b.Status == CallBookingStatus.Proposed || b.Status == CallBookingStatus.Confirmed) && b.ScheduledAt > now && b.ScheduledAt <= horizon)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (bookings.Count == 0) return 0;

        var childIds = bookings.Select(b => b.ChildId).ToHashSet();
        var family = await FamilyQueries.Members(db, l => childIds.Contains(l.ChildId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var targets = new List<(CallBooking Booking, int Person, bool IsGuardian, string Name)>();
        foreach (var b in bookings)
        {
            var name = family.FirstOrDefault(m => m.ChildId == b.ChildId)?.ChildName;
            if (name is null) continue;
            if (reachable.Contains(b.ParentId)) targets.Add((b, b.ParentId, false, name));
            var guardian = family.FirstOrDefault(m => m.ChildId == b.ChildId && m.Role == FamilyRole.Guardian);
            if (guardian is not null && reachable.Contains(guardian.PersonId)) targets.Add((b, guardian.PersonId, true, name));
        }

        var recipients = await directory.GetRecipientsAsync(targets.Select(t => t.Person).ToHashSet(), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<Delivery>();
        foreach (var t in targets)
        {
            if (!recipients.TryGetValue(t.Person, out var r)) continue;
            var at = LocalTime(t.Booking.ScheduledAt, r.TimeZone, context.Zone);
            var period = $"booking{t.Booking.Id}";
            deliveries.Add(t.IsGuardian
                ? new Delivery(r, Name, period, MessageCatalog.Reminder(r.Locale, MessageCatalog.Get("CallHome_Reminder_Guardian", r.Locale, t.Name, at)), ExpectsReply: true, BypassQuietHours: true)
                : new Delivery(r, Name, period, new OutboxMessage(MessageCatalog.Get("CallHome_Reminder_Parent", r.Locale, t.Name, at)), BypassQuietHours: true));
        }

        var written = await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
        foreach (var b in bookings.Where(b => b.ReminderQueuedAt is null)) b.ReminderQueuedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    private async Task<int> PromptWeeklyCallsAsync(ArchiveDbContext db, HashSet<int> reachable, JobRunContext context, CancellationToken cancellationToken)
    {
        var rules = options.Value.Rules;
        var parents = (await FamilyQueries.Members(db, FamilyQueries.ParentLinks).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).GroupBy(m => m.PersonId).ToList();
        if (parents.Count == 0) return 0;

        var since = context.NowUtc.AddDays(-6);
        var inTouch = (await db.Contacts.AsNoTracking().Where(c => c.At >= since).Select(c => c.ParentId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var preferences = await db.Preferences.AsNoTracking().ToDictionaryAsync(p => p.PersonId, cancellationToken).ConfigureAwait(false);
        var recipients = await directory.GetRecipientsAsync(parents.Select(p => p.Key).Where(id => !inTouch.Contains(id)).ToList(), cancellationToken).ConfigureAwait(false);

        var deliveries = new List<Delivery>();
        foreach (var group in parents)
        {
            if (inTouch.Contains(group.Key) || !recipients.TryGetValue(group.Key, out var r)) continue;
            preferences.TryGetValue(group.Key, out var pref);
            var zone = Zone(r.TimeZone, context.Zone);
            var due = CallPromptSchedule.DuePeriod(
                context.NowUtc, zone, pref?.CallHome ?? CallHomeFrequency.Weekly, pref?.CallHomeDay ?? rules.DefaultCallDay, pref?.CallHomeTime ?? TimeOnly.FromTimeSpan(rules.DefaultCallTime), PromptWindow);
            if (due is null) continue;
            var names = MessageCatalog.JoinNames(r.Locale, group.Select(g => g.ChildName).Distinct());
            deliveries.Add(new Delivery(r, Name, due, MessageCatalog.Reminder(r.Locale, MessageCatalog.Get("CallHome_Weekly", r.Locale, names)), ExpectsReply: true));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }

    private static string LocalTime(DateTimeOffset at, string? zoneId, TimeZoneInfo fallback) =>
        TimeZoneInfo.ConvertTime(at, Zone(zoneId, fallback)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string? id, TimeZoneInfo fallback) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
}
