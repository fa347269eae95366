using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class CareQueryService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy) : ICareQueries
{
    public async Task<IReadOnlyList<ChildWithoutGuardian>> GetChildrenWithoutGuardianAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await policy.Visible(db, Actor.Scheduler).AsNoTracking()
            .Select(c => new
            {
                c.Id, c.Name, c.ClassId, ClassName = c.Class!.Name, c.Class.HeadTeacherId,
                Gap = db.CareConcerns.Where(x => x.ChildId == c.Id && x.Kind == CareConcernKind.GuardianGap && x.ClosedAt == null)
                    .OrderBy(x => x.Id).Select(x => new { x.Id, x.DueAt }).FirstOrDefault(),
                HasGuardian = c.Family.Any(f => f.Role == FamilyRole.Guardian && f.Person!.ErasedAt == null),
                Entrusted = db.Entrustments.Any(e => e.ChildId == c.Id && e.EndedAt == null),
            })
            .Where(x => x.Gap != null || (!x.HasGuardian && !x.Entrusted))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "care.no-guardian", null, true, cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.ClassName, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new ChildWithoutGuardian(r.Id, r.Name, r.ClassId, r.ClassName, r.HeadTeacherId, r.Gap?.Id, r.Gap?.DueAt, r.Gap is not null && r.Gap.DueAt <= now))
            .ToList();
    }

    public async Task<IReadOnlyList<TalksDue>> GetTalksDueAsync(DateOnly weekOf, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await policy.Visible(db, Actor.Scheduler).AsNoTracking()
            .Where(c => c.PairedTeacherId != null && !db.WeeklyTalks.Any(t => t.ChildId == c.Id && t.WeekOf == weekOf))
            .OrderBy(c => c.PairedTeacherId).ThenBy(c => c.StudentNumber)
            .Select(c => new { TeacherId = c.PairedTeacherId!.Value, c.Id, c.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "care.talks-due", null, true, cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.TeacherId).Select(g => new TalksDue(g.Key, g.Select(r => new PersonRef(r.Id, r.Name)).ToList())).ToList();
    }

    public async Task<CareReport> GetCareReportAsync(DateOnly from, DateOnly to, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        if (to < from) throw new ArchiveException(ArchiveError.Invalid, "term ends before it starts");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var visible = policy.Visible(db, Actor.Scheduler).AsNoTracking();
        var paired = await visible.Where(c => c.PairedTeacherId != null).GroupBy(c => c.PairedTeacherId!.Value)
            .Select(g => new { TeacherId = g.Key, Children = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var talks = await db.WeeklyTalks.AsNoTracking().Where(t => t.WeekOf >= CareRules.WeekOf(from) && t.WeekOf <= to && visible.Any(c => c.Id == t.ChildId))
            .GroupBy(t => t.TeacherId).Select(g => new { TeacherId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var visits = await db.CareVisits.AsNoTracking().Where(v => v.On >= from && v.On <= to && visible.Any(c => c.Id == v.ChildId))
            .GroupBy(v => new { v.TeacherId, v.Kind }).Select(g => new { g.Key.TeacherId, g.Key.Kind, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var teacherIds = paired.Select(p => p.TeacherId).Concat(talks.Select(t => t.TeacherId)).Concat(visits.Select(v => v.TeacherId)).ToHashSet();
        var names = await db.Persons.AsNoTracking().Where(p => teacherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
        var weeks = ((CareRules.WeekOf(to).DayNumber - CareRules.WeekOf(from).DayNumber) / 7) + 1;
        var teachers = teacherIds.Order().Select(id =>
        {
            var children = paired.FirstOrDefault(p => p.TeacherId == id)?.Children ?? 0;
            int Visits(CareVisitKind k) => visits.Where(v => v.TeacherId == id && v.Kind == k).Sum(v => v.Count);
            return new TeacherCareRow(id, names.GetValueOrDefault(id, ""), children, talks.FirstOrDefault(t => t.TeacherId == id)?.Count ?? 0,
                children * weeks, Visits(CareVisitKind.HomeVisit), Visits(CareVisitKind.Festival));
        }).ToList();

        var concerns = await db.CareConcerns.AsNoTracking().Where(c => visible.Any(v => v.Id == c.ChildId))
            .Select(c => new { c.Kind, c.RaisedAt, c.ClosedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        int Raised(CareConcernKind k) => concerns.Count(c => c.Kind == k && c.RaisedAt >= fromUtc && c.RaisedAt < toUtc);
        int Closed(CareConcernKind k) => concerns.Count(c => c.Kind == k && c.ClosedAt is { } at && at >= fromUtc && at < toUtc);
        var without = (await GetChildrenWithoutGuardianAsync(toUtc, cancellationToken).ConfigureAwait(false)).Count;
        await policy.AuditAsync(Actor.Scheduler, "care.report", null, true, cancellationToken).ConfigureAwait(false);
        return new CareReport(from, to, teachers, Raised(CareConcernKind.GuardianGap), Closed(CareConcernKind.GuardianGap),
            Raised(CareConcernKind.Wellbeing), Closed(CareConcernKind.Wellbeing), without);
    }

    public async Task<IReadOnlyList<HomeVisitsDue>> GetHomeVisitsDueAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await policy.Visible(db, Actor.Scheduler).AsNoTracking()
            .Where(c => c.Class!.HeadTeacherId != null
                && !db.CareVisits.Any(v => v.ChildId == c.Id && v.Kind == CareVisitKind.HomeVisit && v.On >= from && v.On <= to))
            .OrderBy(c => c.Class!.HeadTeacherId).ThenBy(c => c.StudentNumber)
            .Select(c => new { HeadId = c.Class!.HeadTeacherId!.Value, c.Id, c.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "care.homevisits-due", null, true, cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.HeadId).Select(g => new HomeVisitsDue(g.Key, g.Select(r => new PersonRef(r.Id, r.Name)).ToList())).ToList();
    }

    public async Task<IReadOnlyList<TermNotice>> GetTermNoticesAsync(DateOnly from, DateOnly to, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var notices = await TermNoticeReader.ReadAsync(db, policy.Visible(db, Actor.Scheduler), from, to, zone, cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "care.term-notices", null, true, cancellationToken).ConfigureAwait(false);
        return notices;
    }
}
