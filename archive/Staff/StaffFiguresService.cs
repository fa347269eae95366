using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// The dashboard's and the report's figures, from one computation so the Excel file and the page always agree.
/// A county viewer counts every school's children (no names, one audit entry); anyone else counts the children the
/// access policy lets them see, and each child named on an Art. 23 list is audited.
/// </summary>
internal sealed class StaffFiguresService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : IStaffFigures
{
    public async Task<IReadOnlyList<SchoolFigures>> GetAsync(Actor actor, DateTimeOffset from, CancellationToken cancellationToken = default)
    {
        var county = actor.Role == ActorRole.CountyViewer;
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var kids = county ? db.Children.Where(c => c.ErasedAt == null) : policy.Visible(db, actor);
        var children = await kids.AsNoTracking()
            .Select(c => new { c.Id, c.Name, School = c.School!.Name, Reachable = c.Family.Any(f => f.Person!.Bindings.Any()) })
            .ToListAsync(cancellationToken);
        var ids = children.Select(c => c.Id).ToList();
        var since14 = now.AddDays(-14);
        var since7 = now.AddDays(-7);
        var contacts = await db.Contacts.Where(x => ids.Contains(x.ChildId) && x.At >= since14).Select(x => new { x.ChildId, x.At }).ToListAsync(cancellationToken);
        var lastContact = contacts.GroupBy(x => x.ChildId).ToDictionary(g => g.Key, g => g.Max(x => x.At));
        var questions = await db.Questions.Where(q => ids.Contains(q.ChildId) && (q.Status == QuestionStatus.Open || q.AnsweredAt >= from))
            .Select(q => new { q.ChildId, q.Status, q.CreatedAt, q.AnsweredAt }).ToListAsync(cancellationToken);
        var emergencies = await db.Emergencies.Where(e => ids.Contains(e.ChildId) && e.ResolvedAt == null).Select(e => e.ChildId).ToListAsync(cancellationToken);
        var letters = await db.Letters.Where(l => ids.Contains(l.ChildId) && l.CreatedAt >= from).Select(l => new { l.ChildId, l.Direction }).ToListAsync(cancellationToken);
        var calls = await db.CallBookings.Where(c => ids.Contains(c.ChildId) && (c.CreatedAt >= from || c.DoneAt >= from))
            .Select(c => new { c.ChildId, c.Status, c.CreatedAt, c.DoneAt }).ToListAsync(cancellationToken);

        var result = new List<SchoolFigures>();
        foreach (var school in children.GroupBy(c => c.School).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var mine = school.Select(c => c.Id).ToHashSet();
            bool Silent(int id, DateTimeOffset since) => !lastContact.TryGetValue(id, out var at) || at < since;
            var silent7 = school.Where(c => Silent(c.Id, since7)).ToList();
            var silent14 = school.Where(c => Silent(c.Id, since14)).ToList();
            var answered = questions.Where(q => mine.Contains(q.ChildId) && q.AnsweredAt >= from).ToList();
            result.Add(new SchoolFigures(
                school.Key,
                school.Count(),
                school.Count(c => c.Reachable),
                school.Count(c => !Silent(c.Id, since7)),
                silent7.Count,
                silent14.Count,
                questions.Count(q => mine.Contains(q.ChildId) && q.Status == QuestionStatus.Open),
                answered.Count,
                answered.Count(q => q.AnsweredAt - q.CreatedAt <= TimeSpan.FromDays(1)),
                emergencies.Count(mine.Contains),
                letters.Count(l => mine.Contains(l.ChildId) && l.Direction == LetterDirection.ToChild),
                letters.Count(l => mine.Contains(l.ChildId) && l.Direction == LetterDirection.FromChild),
                calls.Count(c => mine.Contains(c.ChildId) && c.CreatedAt >= from),
                calls.Count(c => mine.Contains(c.ChildId) && c.Status == CallBookingStatus.Done && c.DoneAt >= from),
                county ? [] : silent7.Select(c => c.Name).ToList(),
                county ? [] : silent14.Select(c => c.Name).ToList()));
            if (!county)
            {
                foreach (var c in silent7) policy.Audit(db, actor, "console.figures", c.Id, true);
            }
        }
        if (county) policy.Audit(db, actor, "console.figures", null, true);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
