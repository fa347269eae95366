using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class RecordQueryService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy) : IRecordQueries
{
    public async Task<IReadOnlyList<int>> GetAbsentWithoutLeaveAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var visible = policy.Visible(db, Actor.Scheduler);
        var absent = await db.Attendance.AsNoTracking()
            .Where(a => a.Date == day && a.Status == AttendanceStatus.Absent)
            .Where(a => !db.LeaveRequests.Any(l => l.ChildId == a.ChildId && l.From <= day && l.To >= day))
            .Where(a => visible.Any(c => c.Id == a.ChildId))
            .Select(a => a.ChildId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync("scheduler.attendance", cancellationToken).ConfigureAwait(false);
        return absent;
    }

    public async Task<MonthlyActivity> GetMonthlyActivityAsync(DateOnly first, DateOnly next, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var visible = policy.Visible(db, Actor.Scheduler);
        var attendance = (await db.Attendance.AsNoTracking().Where(a => a.Date >= first && a.Date < next && visible.Any(c => c.Id == a.ChildId))
                .GroupBy(a => new { a.ChildId, a.Status }).Select(g => new { g.Key.ChildId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(a => (a.ChildId, a.Status), a => a.Count);
        var notes = await db.Notes.AsNoTracking()
            .Where(n => n.Visibility == NoteVisibility.Parents && n.CreatedAt >= fromUtc && n.CreatedAt < toUtc && visible.Any(c => c.Id == n.ChildId))
            .GroupBy(n => n.ChildId).Select(g => new { ChildId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ChildId, x => x.Count, cancellationToken).ConfigureAwait(false);
        var letters = await db.Letters.AsNoTracking().Where(l => l.CreatedAt >= fromUtc && l.CreatedAt < toUtc && visible.Any(c => c.Id == l.ChildId))
            .GroupBy(l => l.ChildId).Select(g => new { ChildId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ChildId, x => x.Count, cancellationToken).ConfigureAwait(false);
        var calls = (await db.Contacts.AsNoTracking().Where(c => c.Kind == ContactKind.Call && c.At >= fromUtc && c.At < toUtc && visible.Any(v => v.Id == c.ChildId))
                .GroupBy(c => new { c.ChildId, c.ParentId }).Select(g => new { g.Key.ChildId, g.Key.ParentId, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => (c.ChildId, c.ParentId), c => c.Count);
        await AuditAsync("scheduler.monthly", cancellationToken).ConfigureAwait(false);
        return new MonthlyActivity(attendance, notes, letters, calls);
    }

    public async Task<IReadOnlySet<int>> GetParentsInTouchSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var inTouch = await db.Contacts.AsNoTracking().Where(c => c.At >= since).Select(c => c.ParentId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return inTouch.ToHashSet();
    }

    /// <summary>
    /// The last contact of each parent with each child, whatever its kind: the contact log (calls held, letters,
    /// messages through the guardian), a letter either way (the child's reply counts for every parent of the child),
    /// a call booked, and a question to the teacher about the child.
    /// </summary>
    public async Task<IReadOnlyDictionary<(int ChildId, int ParentId), DateTimeOffset>> GetLastContactsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var visible = policy.Visible(db, Actor.Scheduler);
        var last = new Dictionary<(int ChildId, int ParentId), DateTimeOffset>();
        void Keep(int childId, int parentId, DateTimeOffset at)
        {
            if (!last.TryGetValue((childId, parentId), out var seen) || at > seen) last[(childId, parentId)] = at;
        }
        foreach (var c in await db.Contacts.AsNoTracking().Where(c => visible.Any(v => v.Id == c.ChildId))
                     .GroupBy(c => new { c.ChildId, c.ParentId }).Select(g => new { g.Key.ChildId, g.Key.ParentId, Last = g.Max(c => c.At) })
                     .ToListAsync(cancellationToken).ConfigureAwait(false))
            Keep(c.ChildId, c.ParentId, c.Last);
        foreach (var b in await db.CallBookings.AsNoTracking().Where(b => visible.Any(v => v.Id == b.ChildId))
                     .GroupBy(b => new { b.ChildId, b.ParentId }).Select(g => new { g.Key.ChildId, g.Key.ParentId, Last = g.Max(b => b.CreatedAt) })
                     .ToListAsync(cancellationToken).ConfigureAwait(false))
            Keep(b.ChildId, b.ParentId, b.Last);
        foreach (var q in await db.Questions.AsNoTracking().Where(q => visible.Any(v => v.Id == q.ChildId))
                     .GroupBy(q => new { q.ChildId, q.AskedById }).Select(g => new { g.Key.ChildId, g.Key.AskedById, Last = g.Max(q => q.CreatedAt) })
                     .ToListAsync(cancellationToken).ConfigureAwait(false))
            Keep(q.ChildId, q.AskedById, q.Last);
        foreach (var l in await db.Letters.AsNoTracking().Where(l => l.Direction == LetterDirection.ToChild && l.AuthorId != null && visible.Any(v => v.Id == l.ChildId))
                     .GroupBy(l => new { l.ChildId, l.AuthorId }).Select(g => new { g.Key.ChildId, g.Key.AuthorId, Last = g.Max(l => l.CreatedAt) })
                     .ToListAsync(cancellationToken).ConfigureAwait(false))
            Keep(l.ChildId, l.AuthorId!.Value, l.Last);
        var replies = await db.Letters.AsNoTracking().Where(l => l.Direction == LetterDirection.FromChild && visible.Any(v => v.Id == l.ChildId))
            .GroupBy(l => l.ChildId).Select(g => new { ChildId = g.Key, Last = g.Max(l => l.CreatedAt) }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (replies.Count > 0)
        {
            var childIds = replies.Select(r => r.ChildId).ToList();
            var parents = await db.FamilyLinks.AsNoTracking().Where(f => childIds.Contains(f.ChildId) && (f.Role == FamilyRole.Father || f.Role == FamilyRole.Mother))
                .Select(f => new { f.ChildId, f.PersonId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var r in replies)
                foreach (var p in parents.Where(p => p.ChildId == r.ChildId)) Keep(r.ChildId, p.PersonId, r.Last);
        }
        await AuditAsync("scheduler.contacts", cancellationToken).ConfigureAwait(false);
        return last;
    }

    public async Task<IReadOnlyList<CallBookingDue>> GetCallBookingsDueAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var visible = policy.Visible(db, Actor.Scheduler);
        var due = await db.CallBookings.AsNoTracking()
            .Where(b => (b.Status == CallBookingStatus.Proposed || b.Status == CallBookingStatus.Confirmed) && b.ScheduledAt > after && b.ScheduledAt <= until)
            .Where(b => visible.Any(c => c.Id == b.ChildId))
            .Select(b => new CallBookingDue(b.Id, b.ChildId, b.ParentId, b.ScheduledAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync("scheduler.call-bookings", cancellationToken).ConfigureAwait(false);
        return due;
    }

    public async Task MarkCallRemindersQueuedAsync(IReadOnlyCollection<int> bookingIds, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (bookingIds.Count == 0) return;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.CallBookings.Where(b => bookingIds.Contains(b.Id) && b.ReminderQueuedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ReminderQueuedAt, at), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OverdueQuestion>> GetOverdueQuestionsAsync(DateTimeOffset remindBefore, DateTimeOffset urgentBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var visible = policy.Visible(db, Actor.Scheduler);
        var overdue = await db.Questions.AsNoTracking()
            .Where(q => q.Status == QuestionStatus.Open && (q.CreatedAt <= remindBefore || (q.Urgent && q.CreatedAt <= urgentBefore)))
            .Where(q => visible.Any(c => c.Id == q.ChildId))
            .Select(q => new OverdueQuestion(q.Id, q.ChildId, q.AssignedTeacherId, q.CreatedAt, q.Urgent, q.EscalationLevel))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync("scheduler.questions", cancellationToken).ConfigureAwait(false);
        return overdue;
    }

    public async Task RaiseEscalationAsync(IReadOnlyDictionary<int, int> levelByQuestion, CancellationToken cancellationToken = default)
    {
        if (levelByQuestion.Count == 0) return;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // One UPDATE per level (there are two), not one per question.
        foreach (var group in levelByQuestion.GroupBy(q => q.Value))
        {
            var level = group.Key;
            var ids = group.Select(q => q.Key).ToList();
            await db.Questions.Where(q => ids.Contains(q.Id) && q.EscalationLevel < level)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.EscalationLevel, level), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyDictionary<int, PersonPreferences>> GetPreferencesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<int, PersonPreferences>(personIds.Count);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in personIds.Distinct().Chunk(RecipientQueryService.Chunk))
        {
            var rows = await db.Preferences.AsNoTracking().Where(p => chunk.Contains(p.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var p in rows) result[p.PersonId] = RecipientQueryService.ToRecord(p);
        }
        return result;
    }

    private ValueTask AuditAsync(string action, CancellationToken cancellationToken) =>
        policy.AuditAsync(Actor.Scheduler, action, null, true, cancellationToken);
}
