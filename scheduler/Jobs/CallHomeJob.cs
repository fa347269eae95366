using LeftBehind.Scheduler.Quartz;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>
/// Call home: (1) shortly before a booked call, the parent and the guardian are reminded (even in quiet hours: the
/// call is at that hour); (2) each parent gets a call-home prompt on their preferred day and time (weekly by default,
/// fortnightly on even ISO weeks, monthly in the first week), unless they were in touch in the last six days.
/// </summary>
internal sealed class CallHomeJob(IFamilyQueries families, IRecordQueries records, IRecipientDirectory directory, OutboxWriter outbox, IOptions<SchedulerOptions> options) : IScheduledJob
{
    /// <summary>The weekly prompt may go out this long after the preferred time (a run missed by a restart still counts).</summary>
    private static readonly TimeSpan PromptWindow = TimeSpan.FromHours(12);

    public string Name => JobNames.CallHome;

    public async Task<int> RunAsync(JobRunContext context, CancellationToken cancellationToken)
    {
        var reachable = await families.GetReachablePersonIdsAsync(cancellationToken).ConfigureAwait(false);
        var written = await RemindBookedCallsAsync(reachable, context, cancellationToken).ConfigureAwait(false);
        written += await PromptWeeklyCallsAsync(reachable, context, cancellationToken).ConfigureAwait(false);
        return written;
    }

    private async Task<int> RemindBookedCallsAsync(IReadOnlySet<int> reachable, JobRunContext context, CancellationToken cancellationToken)
    {
        var now = context.NowUtc;
        var horizon = now + options.Value.Rules.CallReminderLead;
        var bookings = await records.GetCallBookingsDueAsync(now, horizon, cancellationToken).ConfigureAwait(false);
        if (bookings.Count == 0) return 0;

        var family = await families.GetMembersAsync(new FamilyQuery(bookings.Select(b => b.ChildId).ToHashSet()), cancellationToken).ConfigureAwait(false);
        var targets = new List<(CallBookingDue Booking, int Person, bool IsGuardian, string Name)>();
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
            deliveries.Add(Delivery.Of(r, Name, t.IsGuardian
                ? FamilyNotifications.CallReminderToGuardian(t.Booking.Id, t.Name, at)
                : FamilyNotifications.CallReminderToParent(t.Booking.Id, t.Name, at), bypassQuietHours: true));
        }

        var written = await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
        await records.MarkCallRemindersQueuedAsync(bookings.Select(b => b.Id).ToList(), now, cancellationToken).ConfigureAwait(false);
        return written;
    }

    private async Task<int> PromptWeeklyCallsAsync(IReadOnlySet<int> reachable, JobRunContext context, CancellationToken cancellationToken)
    {
        var rules = options.Value.Rules;
        var parents = (await families.GetMembersAsync(FamilyQuery.Parents, cancellationToken).ConfigureAwait(false))
            .Where(m => reachable.Contains(m.PersonId)).GroupBy(m => m.PersonId).ToList();
        if (parents.Count == 0) return 0;

        var inTouch = await records.GetParentsInTouchSinceAsync(context.NowUtc.AddDays(-6), cancellationToken).ConfigureAwait(false);
        var notInTouch = parents.Select(p => p.Key).Where(id => !inTouch.Contains(id)).ToList();
        var preferences = await records.GetPreferencesAsync(notInTouch, cancellationToken).ConfigureAwait(false);
        var recipients = await directory.GetRecipientsAsync(notInTouch, cancellationToken).ConfigureAwait(false);

        var deliveries = new List<Delivery>();
        foreach (var group in parents)
        {
            if (inTouch.Contains(group.Key) || !recipients.TryGetValue(group.Key, out var r)) continue;
            preferences.TryGetValue(group.Key, out var pref);
            var zone = Zone(r.TimeZone, context.Zone);
            var due = CallPromptSchedule.DuePeriod(
                context.NowUtc, zone, pref?.CallHome ?? CallHomeFrequency.Weekly, pref?.CallHomeDay ?? rules.DefaultCallDay, pref?.CallHomeTime ?? TimeOnly.FromTimeSpan(rules.DefaultCallTime), PromptWindow);
            if (due is null) continue;
            deliveries.Add(Delivery.Of(r, Name, FamilyNotifications.WeeklyCallPrompt(due, group.Select(g => g.ChildName).Distinct().ToList())));
        }

        return await outbox.EnqueueAsync(deliveries, cancellationToken).ConfigureAwait(false);
    }

    private static string LocalTime(DateTimeOffset at, string? zoneId, TimeZoneInfo fallback) =>
        TimeZoneInfo.ConvertTime(at, Zone(zoneId, fallback)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string? id, TimeZoneInfo fallback) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
}
