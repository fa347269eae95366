using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// The term report's own figures (the care figures — 谈心, 家访, concerns — come from <see cref="ICareService"/>). Only
/// counts leave this service: one audit entry for the report, no child named.
/// </summary>
internal sealed class TermReportService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy) : ITermReport
{
    public async Task<TermReport> GetAsync(Actor actor, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        var county = actor.Role == ActorRole.CountyViewer;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var kids = county ? db.Children.Where(c => c.ErasedAt == null) : policy.Visible(db, actor);
        var children = await kids.AsNoTracking()
            .Select(c => new Kid(c.Id, c.School!.Name, c.LeftBehindType, c.GuardianRelation, c.PairedTeacherId))
            .ToListAsync(cancellationToken);
        var ids = children.Select(c => c.Id).ToList();
        var contacts = await db.Contacts.Where(x => ids.Contains(x.ChildId) && x.At >= fromUtc && x.At < toUtc).Select(x => x.ChildId).ToListAsync(cancellationToken);
        var letters = await db.Letters.Where(l => ids.Contains(l.ChildId) && l.CreatedAt >= fromUtc && l.CreatedAt < toUtc)
            .Select(l => new { l.ChildId, l.Direction }).ToListAsync(cancellationToken);
        var calls = await db.CallBookings.Where(c => ids.Contains(c.ChildId) && ((c.CreatedAt >= fromUtc && c.CreatedAt < toUtc) || (c.DoneAt >= fromUtc && c.DoneAt < toUtc)))
            .Select(c => new { c.ChildId, c.Status, c.CreatedAt, c.DoneAt }).ToListAsync(cancellationToken);
        var questions = await db.Questions.Where(q => ids.Contains(q.ChildId) && ((q.CreatedAt >= fromUtc && q.CreatedAt < toUtc) || q.Status == QuestionStatus.Open))
            .Select(q => new { q.ChildId, q.Status, q.CreatedAt, q.AnsweredAt }).ToListAsync(cancellationToken);
        var alarmRows = await db.Emergencies.Where(e => ids.Contains(e.ChildId) && e.RaisedAt >= fromUtc && e.RaisedAt < toUtc)
            .Select(e => new { e.Id, e.ChildId, e.RaisedAt, e.ResolvedAt }).ToListAsync(cancellationToken);
        var alarmIds = alarmRows.Select(e => e.Id).ToList();
        // The first person who answered the alarm: an acknowledgement, a reply or the resolution itself.
        var responses = await db.EmergencyEvents
            .Where(v => alarmIds.Contains(v.EmergencyId) && (v.Kind == EmergencyEventKind.Acknowledged || v.Kind == EmergencyEventKind.Reply || v.Kind == EmergencyEventKind.Resolved))
            .Select(v => new { v.EmergencyId, v.At }).ToListAsync(cancellationToken);
        var firstResponse = responses.GroupBy(v => v.EmergencyId).ToDictionary(g => g.Key, g => g.Min(v => v.At));
        var emergencies = alarmRows.Select(e => new { e.ChildId, e.RaisedAt, e.ResolvedAt, FirstResponse = firstResponse.TryGetValue(e.Id, out var at) ? at : (DateTimeOffset?)null }).ToList();
        policy.Audit(db, actor, "console.report", null, true);
        await db.SaveChangesAsync(cancellationToken);

        TermReportFigures Figures(string school, IReadOnlyCollection<Kid> mine)
        {
            var set = mine.Select(c => c.Id).ToHashSet();
            var asked = questions.Where(q => set.Contains(q.ChildId) && q.CreatedAt >= fromUtc && q.CreatedAt < toUtc).ToList();
            var answered = asked.Where(q => q.AnsweredAt is not null).ToList();
            var alarms = emergencies.Where(e => set.Contains(e.ChildId)).ToList();
            var bookings = calls.Where(c => set.Contains(c.ChildId)).ToList();
            return new TermReportFigures(
                school,
                mine.Count,
                Enum.GetValues<LeftBehindType>().ToDictionary(t => t, t => mine.Count(c => c.Type == t)),
                Enum.GetValues<GuardianRelation>().ToDictionary(r => r, r => mine.Count(c => c.Relation == r)),
                mine.Count(c => c.PairedTeacherId is not null),
                mine.Where(c => c.PairedTeacherId is not null).Select(c => c.PairedTeacherId).Distinct().Count(),
                contacts.Count(set.Contains),
                contacts.Where(set.Contains).Distinct().Count(),
                letters.Count(l => set.Contains(l.ChildId) && l.Direction == LetterDirection.ToChild),
                letters.Count(l => set.Contains(l.ChildId) && l.Direction == LetterDirection.FromChild),
                bookings.Count(c => c.CreatedAt >= fromUtc && c.CreatedAt < toUtc),
                bookings.Count(c => c.Status == CallBookingStatus.Done && c.DoneAt >= fromUtc && c.DoneAt < toUtc),
                asked.Count,
                answered.Count,
                answered.Count(q => q.AnsweredAt - q.CreatedAt <= TimeSpan.FromDays(1)),
                questions.Count(q => set.Contains(q.ChildId) && q.Status == QuestionStatus.Open),
                alarms.Count,
                alarms.Count(e => e.ResolvedAt is not null),
                Median(alarms.Where(e => e.FirstResponse is not null).Select(e => (e.FirstResponse!.Value - e.RaisedAt).TotalMinutes)),
                Median(alarms.Where(e => e.ResolvedAt is not null).Select(e => (e.ResolvedAt!.Value - e.RaisedAt).TotalMinutes)));
        }

        var schools = children.GroupBy(c => c.School).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Figures(g.Key, g.ToList())).ToList();
        return new TermReport(schools, Figures("", children));
    }

    /// <summary>The median in whole minutes (rounded up: a response within the first minute counts as one).</summary>
    internal static int? Median(IEnumerable<double> minutes)
    {
        var sorted = minutes.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return (int)Math.Ceiling(median);
    }

    private sealed record Kid(int Id, string School, LeftBehindType Type, GuardianRelation Relation, int? PairedTeacherId);
}
