using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

/// <summary>
/// Fills each paired child's 五个一 per month from the records (<see cref="FiveOnes"/> says what counts): one read per
/// kind of record for all the months at once, then matched in memory by teacher, child and local month.
/// </summary>
internal static class FiveOnesReader
{
    /// <param name="months">First days of the months wanted (local, in <paramref name="zone"/>).</param>
    /// <param name="now">Nothing after it counts (a call booked for later this month is not held yet).</param>
    public static async Task<IReadOnlyList<FiveOnesChild>> ReadAsync(ArchiveDbContext db, IQueryable<Child> visibleChildren, IReadOnlyCollection<DateOnly> months,
        TimeZoneInfo zone, DateTimeOffset now, CancellationToken ct)
    {
        if (months.Count == 0) return [];
        var first = months.Min();
        var last = months.Max().AddMonths(1);
        var fromUtc = StartUtc(first, zone);
        var toUtc = StartUtc(last, zone);
        if (toUtc > now) toUtc = now;
        var festivalsFrom = first.AddMonths(-FiveOnes.FestivalMonths);

        var children = await visibleChildren.AsNoTracking().Where(c => c.PairedTeacherId != null)
            .Select(c => new { c.Id, c.Name, TeacherId = c.PairedTeacherId!.Value, HeadId = c.Class!.HeadTeacherId })
            .ToListAsync(ct).ConfigureAwait(false);
        if (children.Count == 0) return [];
        var ids = children.Select(c => c.Id).ToList();
        var teachers = children.Select(c => c.TeacherId).Distinct().ToList();

        // (child, teacher, local day, item): every record that fills an item, whoever's child it is matched below.
        var done = new List<(int Child, int Teacher, DateOnly Day, FiveOnesItem Item)>();
        void Add(int child, int? teacher, DateTimeOffset at, FiveOnesItem item)
        {
            if (teacher is { } t) done.Add((child, t, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime), item));
        }

        foreach (var t in await db.WeeklyTalks.AsNoTracking().Where(t => ids.Contains(t.ChildId) && t.RecordedAt >= fromUtc && t.RecordedAt < toUtc)
                     .Select(t => new { t.ChildId, t.TeacherId, t.RecordedAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(t.ChildId, t.TeacherId, t.RecordedAt, FiveOnesItem.ChildContact);

        foreach (var v in await db.CareVisits.AsNoTracking().Where(v => ids.Contains(v.ChildId) && v.On >= festivalsFrom && v.On < last)
                     .Select(v => new { v.ChildId, v.TeacherId, v.Kind, v.On }).ToListAsync(ct).ConfigureAwait(false))
        {
            done.Add((v.ChildId, v.TeacherId, v.On, FiveOnes.Logged.GetValueOrDefault(v.Kind, FiveOnesItem.GuardianContact)));
            // Any visit is time with the child; a 家访 also meets the guardian (the default above).
            if (v.Kind is CareVisitKind.Festival or CareVisitKind.HomeVisit) done.Add((v.ChildId, v.TeacherId, v.On, FiveOnesItem.ChildContact));
        }

        foreach (var l in await db.Letters.AsNoTracking().Where(l => ids.Contains(l.ChildId) && l.Direction == LetterDirection.FromChild && l.AuthorId != null
                         && teachers.Contains(l.AuthorId.Value) && l.CreatedAt >= fromUtc && l.CreatedAt < toUtc)
                     .Select(l => new { l.ChildId, l.AuthorId, l.CreatedAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(l.ChildId, l.AuthorId, l.CreatedAt, FiveOnesItem.FamilyContact);
        foreach (var l in await db.Letters.AsNoTracking().Where(l => ids.Contains(l.ChildId) && l.ReadToChildById != null && teachers.Contains(l.ReadToChildById.Value)
                         && l.ReadToChildAt >= fromUtc && l.ReadToChildAt < toUtc)
                     .Select(l => new { l.ChildId, l.ReadToChildById, l.ReadToChildAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(l.ChildId, l.ReadToChildById, l.ReadToChildAt!.Value, FiveOnesItem.FamilyContact);
        foreach (var c in await db.CallBookings.AsNoTracking().Where(c => ids.Contains(c.ChildId) && c.ConfirmedById != null && teachers.Contains(c.ConfirmedById.Value)
                         && (c.Status == CallBookingStatus.Confirmed || c.Status == CallBookingStatus.Done) && c.ScheduledAt >= fromUtc && c.ScheduledAt < toUtc)
                     .Select(c => new { c.ChildId, c.ConfirmedById, c.ScheduledAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(c.ChildId, c.ConfirmedById, c.ScheduledAt, FiveOnesItem.FamilyContact);

        foreach (var c in await db.CareConcerns.AsNoTracking().Where(c => ids.Contains(c.ChildId) && c.RaisedById != null && teachers.Contains(c.RaisedById.Value)
                         && c.RaisedAt >= fromUtc && c.RaisedAt < toUtc)
                     .Select(c => new { c.ChildId, c.RaisedById, c.RaisedAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(c.ChildId, c.RaisedById, c.RaisedAt, FiveOnesItem.HeadTeacherContact);

        foreach (var q in await db.Questions.AsNoTracking().Where(q => ids.Contains(q.ChildId) && q.AnsweredById != null && teachers.Contains(q.AnsweredById.Value)
                         && q.AnsweredAt >= fromUtc && q.AnsweredAt < toUtc
                         && db.FamilyLinks.Any(f => f.ChildId == q.ChildId && f.PersonId == q.AskedById && f.Role == FamilyRole.Guardian))
                     .Select(q => new { q.ChildId, q.AnsweredById, q.AnsweredAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(q.ChildId, q.AnsweredById, q.AnsweredAt!.Value, FiveOnesItem.GuardianContact);
        foreach (var e in await db.Entrustments.AsNoTracking().Where(e => ids.Contains(e.ChildId) && e.RecordedById != null && teachers.Contains(e.RecordedById.Value)
                         && e.RecordedAt >= fromUtc && e.RecordedAt < toUtc)
                     .Select(e => new { e.ChildId, e.RecordedById, e.RecordedAt }).ToListAsync(ct).ConfigureAwait(false))
            Add(e.ChildId, e.RecordedById, e.RecordedAt, FiveOnesItem.GuardianContact);

        var byChild = done.ToLookup(d => (d.Child, d.Teacher));
        var result = new List<FiveOnesChild>();
        foreach (var month in months.Order())
        {
            var end = month.AddMonths(1);
            foreach (var c in children.OrderBy(c => c.TeacherId).ThenBy(c => c.Id))
            {
                var records = byChild[(c.Id, c.TeacherId)].ToList();
                var items = records.Where(r => r.Item != FiveOnesItem.Festival && r.Day >= month && r.Day < end).Select(r => r.Item).ToHashSet();
                if (records.Any(r => r.Item == FiveOnesItem.Festival && r.Day >= end.AddMonths(-FiveOnes.FestivalMonths) && r.Day < end)) items.Add(FiveOnesItem.Festival);
                // A head teacher who is also the child's proxy parent is in touch with themselves.
                if (c.HeadId == c.TeacherId) items.Add(FiveOnesItem.HeadTeacherContact);
                result.Add(new FiveOnesChild(c.TeacherId, c.Id, c.Name, month, items));
            }
        }
        return result;
    }

    /// <summary>The months of a term a report counts: those with a school day that have ended by <paramref name="until"/>, or all once the term is over.</summary>
    public static IReadOnlyList<DateOnly> MonthsOf(DateOnly from, DateOnly to, DateOnly today, Func<DateOnly, bool> schoolDay)
    {
        var months = new List<DateOnly>();
        var until = today < to ? today : to;
        for (var m = FiveOnes.MonthOf(from); m <= until; m = m.AddMonths(1))
        {
            var end = m.AddMonths(1).AddDays(-1);
            var ended = end < today || until == to;
            var days = Enumerable.Range(0, end.Day).Select(m.AddDays).Where(d => d >= from && d <= to);
            if (ended && days.Any(schoolDay)) months.Add(m);
        }
        return months;
    }

    private static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
}
