using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Access;

/// <summary>
/// The one place that decides who may see which child. Services ask it for the child (or the visible set) and it
/// writes the audit entry, allowed or refused. A refused read looks exactly like a missing child.
/// </summary>
internal sealed class AccessPolicy(TimeProvider time, AuditWriter writer)
{
    public IQueryable<Child> Visible(ArchiveDbContext db, Actor actor)
    {
        var children = db.Children.Where(c => c.ErasedAt == null);
        var pid = actor.PersonId;
        return actor.Role switch
        {
            ActorRole.Admin or ActorRole.Scheduler => children,
            ActorRole.SchoolAdmin when actor.SchoolId is { } school => children.Where(c => c.SchoolId == school),
            ActorRole.Teacher when pid is not null => children.Where(c => c.PairedTeacherId == pid || c.Class!.HeadTeacherId == pid),
            ActorRole.Parent when pid is not null => children.Where(c => c.Family.Any(f => f.PersonId == pid && f.Role != FamilyRole.Guardian)),
            ActorRole.Guardian when pid is not null => children.Where(c => c.Family.Any(f => f.PersonId == pid && f.Role == FamilyRole.Guardian)),
            _ => children.Where(_ => false),
        };
    }

    /// <summary>The child if the actor may read it, else null; audited either way (see <see cref="Audit"/>).</summary>
    public async Task<Child?> ReadAsync(ArchiveDbContext db, Actor actor, int childId, string action, CancellationToken ct)
    {
        var child = actor switch
        {
            { Role: ActorRole.Parent, PersonId: { } pid } => await ParentChild.For(db)(db, pid, childId, ct),
            { Role: ActorRole.Guardian, PersonId: { } pid } => await GuardianChild.For(db)(db, pid, childId, ct),
            _ => await Visible(db, actor).Include(c => c.Class).FirstOrDefaultAsync(c => c.Id == childId, ct),
        };
        Audit(db, actor, action, childId, child is not null);
        return child;
    }

    /// <summary>As <see cref="ReadAsync"/> for reads that need only the child's name (no tracking, no class).</summary>
    public async Task<string?> ReadNameAsync(ArchiveDbContext db, Actor actor, int childId, string action, CancellationToken ct)
    {
        var name = actor switch
        {
            // A family member's every read of a child's records asks this: compiled, the same rule as Visible (issue 16).
            { Role: ActorRole.Parent, PersonId: { } pid } => await ParentName.For(db)(db, pid, childId, ct),
            { Role: ActorRole.Guardian, PersonId: { } pid } => await GuardianName.For(db)(db, pid, childId, ct),
            _ => await Visible(db, actor).AsNoTracking().Where(c => c.Id == childId).Select(c => c.Name).FirstOrDefaultAsync(ct),
        };
        Audit(db, actor, action, childId, name is not null);
        return name;
    }

    /// <summary>
    /// As <see cref="ReadAsync"/> for a question: the child's name and the teacher questions about the child go to (the
    /// paired teacher, else the head teacher), untracked.
    /// </summary>
    public async Task<ChildAssignment?> ReadAssignmentAsync(ArchiveDbContext db, Actor actor, int childId, string action, CancellationToken ct)
    {
        var child = actor switch
        {
            { Role: ActorRole.Parent, PersonId: { } pid } => await ParentAssignment.For(db)(db, pid, childId, ct),
            { Role: ActorRole.Guardian, PersonId: { } pid } => await GuardianAssignment.For(db)(db, pid, childId, ct),
            _ => await Visible(db, actor).AsNoTracking().Where(c => c.Id == childId)
                .Select(c => new ChildAssignment(c.Name, c.PairedTeacherId ?? c.Class!.HeadTeacherId)).FirstOrDefaultAsync(ct),
        };
        Audit(db, actor, action, childId, child is not null);
        return child;
    }

    /// <summary>As <see cref="ReadAsync"/> but throws NotFound; the refusal is audited all the same.</summary>
    public async Task<Child> RequireAsync(ArchiveDbContext db, Actor actor, int childId, string action, CancellationToken ct)
    {
        var child = await ReadAsync(db, actor, childId, action, ct);
        if (child is null)
        {
            await db.SaveChangesAsync(ct);
            throw ArchiveException.NotFound();
        }
        return child;
    }

    public static bool IsStaff(Actor actor) => actor.Role is ActorRole.Teacher or ActorRole.Admin or ActorRole.SchoolAdmin;

    public static bool IsFamily(Actor actor) => actor.Role is ActorRole.Parent or ActorRole.Guardian;

    /// <summary>
    /// Records the read through the write-behind <see cref="AuditWriter"/>; only when its queue is full does the row
    /// go into <paramref name="db"/>, saved by the caller's SaveChanges (which the callers always make).
    /// </summary>
    public void Audit(ArchiveDbContext db, Actor actor, string action, int? childId, bool allowed)
    {
        var entry = Entry(actor, action, childId, allowed);
        if (!writer.TryEnqueue(entry)) db.Audit.Add(entry);
    }

    /// <summary>As <see cref="Audit"/>, for a read that needed no context of its own (answered from the cache).</summary>
    public ValueTask AuditAsync(Actor actor, string action, int? childId, bool allowed, CancellationToken ct) =>
        writer.AppendAsync(Entry(actor, action, childId, allowed), ct);

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, CancellationToken, Task<Child?>>> ParentChild = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int pid, int childId, CancellationToken ct) => db.Children.Include(c => c.Class)
            .FirstOrDefault(c => c.ErasedAt == null && c.Id == childId && c.Family.Any(f => f.PersonId == pid && f.Role != FamilyRole.Guardian))));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, CancellationToken, Task<Child?>>> GuardianChild = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int pid, int childId, CancellationToken ct) => db.Children.Include(c => c.Class)
            .FirstOrDefault(c => c.ErasedAt == null && c.Id == childId && c.Family.Any(f => f.PersonId == pid && f.Role == FamilyRole.Guardian))));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, CancellationToken, Task<string?>>> ParentName = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int pid, int childId, CancellationToken ct) => db.Children.AsNoTracking()
            .Where(c => c.ErasedAt == null && c.Id == childId && c.Family.Any(f => f.PersonId == pid && f.Role != FamilyRole.Guardian))
            .Select(c => c.Name).FirstOrDefault()));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, CancellationToken, Task<string?>>> GuardianName = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int pid, int childId, CancellationToken ct) => db.Children.AsNoTracking()
            .Where(c => c.ErasedAt == null && c.Id == childId && c.Family.Any(f => f.PersonId == pid && f.Role == FamilyRole.Guardian))
            .Select(c => c.Name).FirstOrDefault()));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, CancellationToken, Task<ChildAssignment?>>> ParentAssignment = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int pid, int childId, CancellationToken ct) => db.Children.AsNoTracking()
            .Where(c => c.ErasedAt == null && c.Id == childId && c.Family.Any(f => f.PersonId == pid && f.Role != FamilyRole.Guardian))
            .Select(c => new ChildAssignment(c.Name, c.PairedTeacherId ?? c.Class!.HeadTeacherId)).FirstOrDefault()));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, int, CancellationToken, Task<ChildAssignment?>>> GuardianAssignment = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int pid, int childId, CancellationToken ct) => db.Children.AsNoTracking()
            .Where(c => c.ErasedAt == null && c.Id == childId && c.Family.Any(f => f.PersonId == pid && f.Role == FamilyRole.Guardian))
            .Select(c => new ChildAssignment(c.Name, c.PairedTeacherId ?? c.Class!.HeadTeacherId)).FirstOrDefault()));

    private AuditEntry Entry(Actor actor, string action, int? childId, bool allowed) => new()
    {
        At = time.GetUtcNow(),
        ActorRole = actor.Role,
        ActorPersonId = actor.PersonId,
        ActorStaffId = actor.StaffId,
        Action = action,
        ChildId = childId,
        Allowed = allowed,
    };
}
