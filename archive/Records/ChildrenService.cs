using LeftBehind.Archive.Access;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class ChildrenService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, SenderCache cache) : IChildrenService
{
    /// <summary>Asked on every turn of a parent's flows: the list comes from the cache, and each listing is audited all the same.</summary>
    public async Task<IReadOnlyList<ChildSummary>> GetChildrenAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!cache.Children.TryGet(actor, out var list))
        {
            var generation = cache.Children.Generation;
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            list = await Project(policy.Visible(db, actor).AsNoTracking().OrderBy(c => c.ClassId).ThenBy(c => c.StudentNumber)).ToArrayAsync(cancellationToken);
            cache.Children.Set(actor, list, generation);
        }
        foreach (var c in list) await policy.AuditAsync(actor, "children.list", c.Id, true, cancellationToken);
        return list;
    }

    public async Task<ChildSummary?> GetChildAsync(Actor actor, int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, actor, childId, "child.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return child is null ? null : ToSummary(child);
    }

    public async Task<ChildFamily?> GetFamilyAsync(Actor actor, int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, actor, childId, "family.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return child is null ? null : await LoadFamilyAsync(db, child, cancellationToken);
    }

    public async Task<IReadOnlyList<ClassSummary>> GetClassesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var classes = db.Classes.AsQueryable();
        if (actor.Role != ActorRole.Admin)
        {
            if (actor.Role != ActorRole.Teacher) return [];
            classes = classes.Where(c => c.HeadTeacherId == actor.PersonId);
        }
        var rows = await classes.OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.SchoolId, c.HeadTeacherId, Children = c.Children.Where(x => x.ErasedAt == null).OrderBy(x => x.StudentNumber).Select(x => new PersonRef(x.Id, x.Name)).ToList() })
            .ToListAsync(cancellationToken);
        foreach (var r in rows) policy.Audit(db, actor, "class.read", null, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Select(r => new ClassSummary(r.Id, r.Name, r.SchoolId, r.HeadTeacherId, r.Children)).ToList();
    }

    internal static async Task<ChildFamily> LoadFamilyAsync(ArchiveDbContext db, Child child, CancellationToken ct)
    {
        var links = await db.FamilyLinks.Where(f => f.ChildId == child.Id).Select(f => new { f.Role, f.PersonId, f.Person!.Name }).ToListAsync(ct);
        PersonRef? Of(FamilyRole r) => links.Where(l => l.Role == r).Select(l => new PersonRef(l.PersonId, l.Name)).FirstOrDefault();
        var teacherIds = new[] { child.Class?.HeadTeacherId, child.PairedTeacherId }.OfType<int>().ToList();
        var teachers = await db.Persons.Where(p => teacherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        PersonRef? Teacher(int? id) => id is int i && teachers.TryGetValue(i, out var n) ? new PersonRef(i, n) : null;
        return new ChildFamily(child.Id, child.Name, Of(FamilyRole.Father), Of(FamilyRole.Mother), Of(FamilyRole.Guardian), child.GuardianRelation, Teacher(child.Class?.HeadTeacherId), Teacher(child.PairedTeacherId));
    }

    internal static ChildSummary ToSummary(Child c) =>
        new(c.Id, c.Name, c.StudentNumber, c.SchoolId, c.ClassId, c.Class?.Name ?? "", c.LeftBehindType, c.GuardianRelation);

    private static IQueryable<ChildSummary> Project(IQueryable<Child> q) =>
        q.Select(c => new ChildSummary(c.Id, c.Name, c.StudentNumber, c.SchoolId, c.ClassId, c.Class!.Name, c.LeftBehindType, c.GuardianRelation));
}
