using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Terms;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class CareQueryService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time, ITermCalendar calendar) : ICareQueries
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
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var window = new FiveOnesWindow(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CareRules.Zone).DateTime), now, CareRules.Zone, calendar.InSession);
        var report = await CareReportReader.ReadAsync(db, policy.Visible(db, Actor.Scheduler), from, to, fromUtc, toUtc, null, window, cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "care.report", null, true, cancellationToken).ConfigureAwait(false);
        return report;
    }

    public async Task<IReadOnlyList<FiveOnesChild>> GetFiveOnesAsync(DateOnly month, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await FiveOnesReader.ReadAsync(db, policy.Visible(db, Actor.Scheduler), [FiveOnes.MonthOf(month)], zone, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "care.five-ones", null, true, cancellationToken).ConfigureAwait(false);
        return rows;
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
