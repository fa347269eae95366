using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Terms;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

/// <summary>
/// The 学期通报 of a set of visible children: counts from the records the product keeps (attendance, letters, calls,
/// 谈心, 家访) and the teacher's latest words the family already had (a 谈心 line not held back, else a note for the
/// parents). Marks are reduced to week counts here and never returned.
/// </summary>
internal static class TermNoticeReader
{
    public static async Task<IReadOnlyList<TermNotice>> ReadAsync(ArchiveDbContext db, IQueryable<Child> visible, DateOnly from, DateOnly to, TimeZoneInfo zone, CancellationToken ct)
    {
        if (to < from) throw new ArchiveException(ArchiveError.Invalid, "term ends before it starts");
        var fromUtc = StartUtc(from, zone);
        var toUtc = StartUtc(to.AddDays(1), zone);
        var firstWeek = SchoolTerm.Monday(from);
        var children = await visible.AsNoTracking().OrderBy(c => c.Class!.Name).ThenBy(c => c.StudentNumber)
            .Select(c => new { c.Id, c.Name, ClassName = c.Class!.Name }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var attendance = await db.Attendance.AsNoTracking().Where(a => ids.Contains(a.ChildId) && a.Date >= from && a.Date <= to)
            .GroupBy(a => new { a.ChildId, a.Status }).Select(g => new { g.Key.ChildId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var letters = await db.Letters.AsNoTracking().Where(l => ids.Contains(l.ChildId) && l.CreatedAt >= fromUtc && l.CreatedAt < toUtc)
            .GroupBy(l => new { l.ChildId, l.Direction }).Select(g => new { g.Key.ChildId, g.Key.Direction, Count = g.Count() }).ToListAsync(ct);
        var calls = await db.CallBookings.AsNoTracking().Where(c => ids.Contains(c.ChildId) && c.Status == CallBookingStatus.Done && c.ScheduledAt >= fromUtc && c.ScheduledAt < toUtc)
            .GroupBy(c => c.ChildId).Select(g => new { ChildId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var talks = await db.WeeklyTalks.AsNoTracking().Where(t => ids.Contains(t.ChildId) && t.WeekOf >= firstWeek && t.WeekOf <= to).ToListAsync(ct);
        var notes = await db.Notes.AsNoTracking().Where(n => ids.Contains(n.ChildId) && n.Visibility == NoteVisibility.Parents && n.CreatedAt >= fromUtc && n.CreatedAt < toUtc)
            .Select(n => new { n.ChildId, n.AuthorId, n.Text, n.CreatedAt }).ToListAsync(ct);
        var visited = await db.CareVisits.AsNoTracking().Where(v => ids.Contains(v.ChildId) && v.Kind == CareVisitKind.HomeVisit && v.On >= from && v.On <= to)
            .Select(v => v.ChildId).Distinct().ToListAsync(ct);
        var authorIds = talks.Select(t => t.TeacherId).Concat(notes.Where(n => n.AuthorId != null).Select(n => n.AuthorId!.Value)).ToHashSet();
        var names = await db.Persons.AsNoTracking().Where(p => authorIds.Contains(p.Id) && p.ErasedAt == null).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        return children.Select(c =>
        {
            int Days(params AttendanceStatus[] statuses) => attendance.Where(a => a.ChildId == c.Id && statuses.Contains(a.Status)).Sum(a => a.Count);
            int Letters(LetterDirection d) => letters.Where(l => l.ChildId == c.Id && l.Direction == d).Sum(l => l.Count);
            var own = talks.Where(t => t.ChildId == c.Id).ToList();
            var said = own.Where(t => !t.HeldBack && !string.IsNullOrWhiteSpace(t.Note)).OrderByDescending(t => t.WeekOf).FirstOrDefault();
            var note = notes.Where(n => n.ChildId == c.Id).OrderByDescending(n => n.CreatedAt).FirstOrDefault();
            var (teacher, words) = said is not null ? (names.GetValueOrDefault(said.TeacherId), said.Note)
                : note is not null ? (note.AuthorId is { } a ? names.GetValueOrDefault(a) : null, note.Text) : (null, null);
            return new TermNotice(c.Id, c.Name, c.ClassName, Days(AttendanceStatus.Present), Days(AttendanceStatus.Late), Days(AttendanceStatus.Leave, AttendanceStatus.Sick),
                Days(AttendanceStatus.Absent), Letters(LetterDirection.ToChild), Letters(LetterDirection.FromChild), calls.FirstOrDefault(x => x.ChildId == c.Id)?.Count ?? 0,
                teacher, words, own.Count, own.Count(MostlyGood), own.Count(NeedsCare), visited.Contains(c.Id));
        }).ToList();
    }

    private static bool MostlyGood(WeeklyTalk t) =>
        !NeedsCare(t) && new[] { t.Study, t.Life, t.Mood, t.Friends, t.Health }.Count(m => m == TalkMark.Good) >= 3;

    private static bool NeedsCare(WeeklyTalk t) => t.Mood == TalkMark.NeedsCare || t.Friends == TalkMark.NeedsCare || t.Health == TalkMark.NeedsCare;

    private static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
}
