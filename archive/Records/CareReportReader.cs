using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

/// <summary>
/// The care part of a term report over a set of visible children: each teacher's 谈心 coverage, 家访 and festivals,
/// the concerns raised and closed, the children still without an active guardian.
/// </summary>
internal static class CareReportReader
{
    /// <param name="schoolWeeks">Weeks with school days (the 校历); null: every calendar week from the first to the last.</param>
    public static async Task<CareReport> ReadAsync(ArchiveDbContext db, IQueryable<Child> visibleChildren, DateOnly from, DateOnly to,
        DateTimeOffset fromUtc, DateTimeOffset toUtc, int? schoolWeeks, FiveOnesWindow fiveOnes, CancellationToken cancellationToken)
    {
        if (to < from) throw new ArchiveException(ArchiveError.Invalid, "term ends before it starts");
        var visible = visibleChildren.AsNoTracking();
        var paired = await visible.Where(c => c.PairedTeacherId != null).GroupBy(c => c.PairedTeacherId!.Value)
            .Select(g => new { TeacherId = g.Key, Children = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var talks = await db.WeeklyTalks.AsNoTracking().Where(t => t.WeekOf >= CareRules.WeekOf(from) && t.WeekOf <= to && visible.Any(c => c.Id == t.ChildId))
            .GroupBy(t => t.TeacherId).Select(g => new { TeacherId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var visits = await db.CareVisits.AsNoTracking().Where(v => v.On >= from && v.On <= to && visible.Any(c => c.Id == v.ChildId))
            .GroupBy(v => new { v.TeacherId, v.Kind }).Select(g => new { g.Key.TeacherId, g.Key.Kind, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var teacherIds = paired.Select(p => p.TeacherId).Concat(talks.Select(t => t.TeacherId)).Concat(visits.Select(v => v.TeacherId)).ToHashSet();
        var months = FiveOnesReader.MonthsOf(from, to, fiveOnes.Today, fiveOnes.SchoolDay);
        var fiveOnesRows = await FiveOnesReader.ReadAsync(db, visible, months, fiveOnes.Zone, fiveOnes.Now, cancellationToken).ConfigureAwait(false);
        var names = await db.Persons.AsNoTracking().Where(p => teacherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
        var weeks = schoolWeeks ?? ((CareRules.WeekOf(to).DayNumber - CareRules.WeekOf(from).DayNumber) / 7) + 1;
        var teachers = teacherIds.Order().Select(id =>
        {
            var children = paired.FirstOrDefault(p => p.TeacherId == id)?.Children ?? 0;
            int Visits(CareVisitKind k) => visits.Where(v => v.TeacherId == id && v.Kind == k).Sum(v => v.Count);
            var mine = fiveOnesRows.Where(r => r.TeacherId == id).ToList();
            return new TeacherCareRow(id, names.GetValueOrDefault(id, ""), children, talks.FirstOrDefault(t => t.TeacherId == id)?.Count ?? 0,
                children * weeks, Visits(CareVisitKind.HomeVisit), Visits(CareVisitKind.Festival))
            {
                FiveOnesDone = FiveOnesDone(mine),
                FiveOnesExpected = FiveOnesExpected(mine),
            };
        }).ToList();
        var items = FiveOnes.Items.Select(item => item == FiveOnesItem.Festival
            ? new FiveOnesCount(item, LastMonth(fiveOnesRows).Count(r => r.Done.Contains(item)), LastMonth(fiveOnesRows).Count)
            : new FiveOnesCount(item, fiveOnesRows.Count(r => r.Done.Contains(item)), fiveOnesRows.Count)).ToList();

        var concerns = await db.CareConcerns.AsNoTracking().Where(c => visible.Any(v => v.Id == c.ChildId))
            .Select(c => new { c.Kind, c.RaisedAt, c.ClosedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        int Raised(CareConcernKind k) => concerns.Count(c => c.Kind == k && c.RaisedAt >= fromUtc && c.RaisedAt < toUtc);
        int Closed(CareConcernKind k) => concerns.Count(c => c.Kind == k && c.ClosedAt is { } at && at >= fromUtc && at < toUtc);
        var without = await visible.CountAsync(c =>
            db.CareConcerns.Any(x => x.ChildId == c.Id && x.Kind == CareConcernKind.GuardianGap && x.ClosedAt == null)
            || (!c.Family.Any(f => f.Role == FamilyRole.Guardian && f.Person!.ErasedAt == null) && !db.Entrustments.Any(e => e.ChildId == c.Id && e.EndedAt == null)),
            cancellationToken).ConfigureAwait(false);
        var invitations = await db.MeetingInvitations.AsNoTracking()
            .Where(i => i.Meeting!.At >= fromUtc && i.Meeting.At < toUtc && visible.Any(c => c.Id == i.ChildId))
            .Select(i => new { i.MeetingId, i.Reply, i.Attended }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var meetings = new MeetingSums(invitations.Select(i => i.MeetingId).Distinct().Count(), invitations.Count,
            invitations.Count(i => i.Reply == MeetingReply.Attend), invitations.Count(i => i.Attended == true));
        return new CareReport(from, to, teachers, Raised(CareConcernKind.GuardianGap), Closed(CareConcernKind.GuardianGap),
            Raised(CareConcernKind.Wellbeing), Closed(CareConcernKind.Wellbeing), without) { FiveOnes = items, FiveOnesMonths = months.Count, Meetings = meetings };
    }

    // The four monthly items in every counted month, and the festival once (as of the last counted month: once a year).
    private static int FiveOnesDone(IReadOnlyList<FiveOnesChild> rows) =>
        rows.Sum(r => r.Done.Count(i => i != FiveOnesItem.Festival)) + LastMonth(rows).Count(r => r.Done.Contains(FiveOnesItem.Festival));

    private static int FiveOnesExpected(IReadOnlyList<FiveOnesChild> rows) => rows.Count * FiveOnes.Monthly.Count + LastMonth(rows).Count;

    private static List<FiveOnesChild> LastMonth(IReadOnlyList<FiveOnesChild> rows) =>
        rows.Count == 0 ? [] : rows.Where(r => r.Month == rows.Max(x => x.Month)).ToList();
}
