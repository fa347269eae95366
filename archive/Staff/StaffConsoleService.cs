using System.Linq.Expressions;
using LeftBehind.Archive.Access;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Staff;

internal sealed class StaffConsoleService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, AuditWriter writer, InviteService invites, TimeProvider time) : IStaffConsole
{
    public async Task<IReadOnlyList<ClassRef>> ClassesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await policy.Visible(db, actor).AsNoTracking()
            .GroupBy(c => new { c.ClassId, c.Class!.Name })
            .OrderBy(g => g.Key.Name)
            .Select(g => new ClassRef(g.Key.ClassId, g.Key.Name, g.Count()))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FamilyRow>> FamiliesAsync(Actor actor, int? classId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var children = policy.Visible(db, actor).AsNoTracking();
        if (classId is { } cls) children = children.Where(c => c.ClassId == cls);
        var rows = await children.OrderBy(c => c.Class!.Name).ThenBy(c => c.StudentNumber)
            .Select(c => new
            {
                c.Id, c.StudentNumber, c.Name, c.ClassId, ClassName = c.Class!.Name, c.LeftBehindType, c.GuardianRelation,
                Head = c.Class.HeadTeacher != null ? c.Class.HeadTeacher.Name : null,
                Paired = c.PairedTeacher != null ? c.PairedTeacher.Name : null,
                Family = c.Family.Where(f => f.Person!.ErasedAt == null)
                    .Select(f => new { f.PersonId, f.Role, f.Person!.Name, f.Person.Phone, Channels = f.Person.Bindings.Where(b => b.SuspendedAt == null).Select(b => b.ChannelId).ToList(), Left = f.Person.Bindings.Where(b => b.SuspendedAt != null).Select(b => b.ChannelId).ToList() })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var people = rows.SelectMany(r => r.Family.Select(f => f.PersonId)).Distinct().ToList();
        var consented = (await db.Consents.Where(x => people.Contains(x.PersonId) && x.WithdrawnAt == null).Select(x => x.PersonId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var r in rows) policy.Audit(db, actor, "console.families", r.Id, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Select(r => new FamilyRow(r.Id, r.StudentNumber, r.Name, r.ClassId, r.ClassName, r.LeftBehindType, r.GuardianRelation,
                r.Family.OrderBy(f => f.Role).Select(f => new FamilyPerson(f.PersonId, f.Role, f.Name, !string.IsNullOrEmpty(f.Phone), f.Channels.Distinct().Order().ToList(), consented.Contains(f.PersonId), f.Left.Except(f.Channels).Distinct().Order().ToList())).ToList(),
                r.Head, r.Paired))
            .ToList();
    }

    public async Task<IReadOnlyList<InviteRow>> InvitesAsync(Actor actor, int? classId, int? childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var children = policy.Visible(db, actor);
        if (classId is { } cls) children = children.Where(c => c.ClassId == cls);
        if (childId is { } one) children = children.Where(c => c.Id == one);
        var rows = await Query(db, children).ToListAsync(cancellationToken);
        foreach (var id in rows.Select(r => r.ChildId).Distinct()) policy.Audit(db, actor, "console.invites", id, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Select(ToRow).ToList();
    }

    public async Task<IReadOnlyList<InviteRow>> IssueAsync(Actor actor, int? classId, int? childId, CancellationToken cancellationToken = default)
    {
        RequireAdmin(actor);
        if (classId is null && childId is null) throw new ArchiveException(ArchiveError.Invalid, "a class or a child");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var children = policy.Visible(db, actor);
        if (classId is { } cls) children = children.Where(c => c.ClassId == cls);
        if (childId is { } one) children = children.Where(c => c.Id == one);
        var links = await children
            .SelectMany(c => c.Family.Where(f => f.Person!.ErasedAt == null && !f.Person.Bindings.Any()), (c, f) => new { c.SchoolId, f.ChildId, f.PersonId, f.Role })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var issued = new List<int>();
        foreach (var link in links)
        {
            await RevokeOpenAsync(db, link.PersonId, link.ChildId, now, cancellationToken);
            var code = await invites.AddAsync(db, link.SchoolId, link.PersonId, link.ChildId, ToInviteRole(link.Role), cancellationToken);
            issued.Add(await db.Invites.Where(i => i.Code == code.Code).Select(i => i.Id).FirstAsync(cancellationToken));
        }
        foreach (var id in links.Select(l => l.ChildId).Distinct()) policy.Audit(db, actor, "console.invite.issue", id, true);
        await db.SaveChangesAsync(cancellationToken);
        var rows = await Query(db, db.Children, i => issued.Contains(i.Id)).ToListAsync(cancellationToken);
        return rows.Select(ToRow).ToList();
    }

    public async Task<InviteRow> ReissueAsync(Actor actor, int inviteId, CancellationToken cancellationToken = default)
    {
        RequireAdmin(actor);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var invite = await LoadAsync(db, actor, inviteId, "console.invite.reissue", cancellationToken);
        var now = time.GetUtcNow();
        await RevokeOpenAsync(db, invite.PersonId, invite.ChildId!.Value, now, cancellationToken);
        var code = await invites.AddAsync(db, invite.SchoolId, invite.PersonId, invite.ChildId, invite.Role, cancellationToken);
        return ToRow(await Query(db, db.Children, i => i.Code == code.Code).FirstAsync(cancellationToken));
    }

    public async Task<InviteRow> RevokeAsync(Actor actor, int inviteId, CancellationToken cancellationToken = default)
    {
        RequireAdmin(actor);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var invite = await LoadAsync(db, actor, inviteId, "console.invite.revoke", cancellationToken);
        if (invite.UsedAt is null && invite.RevokedAt is null) invite.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ToRow(await Query(db, db.Children, i => i.Id == inviteId).FirstAsync(cancellationToken));
    }

    public async Task<StaffPlacement?> PlaceAsync(string? school, string name, string role, CancellationToken cancellationToken = default)
    {
        if (!StaffRoles.All.Contains(role)) throw new ArchiveException(ArchiveError.Invalid, "role");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(school)) return role == StaffRoles.CountyViewer ? new StaffPlacement(null, null, null) : null;
        var found = await db.Schools.Where(s => s.Name == school.Trim()).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        if (!StaffRoles.IsTeacher(role)) return new StaffPlacement(role == StaffRoles.CountyViewer ? null : found.Id, found.Name, null);
        var teacher = await db.Persons.FirstOrDefaultAsync(p => p.SchoolId == found.Id && p.Kind == PersonKind.Teacher && p.Name == name.Trim() && p.ErasedAt == null, cancellationToken);
        if (teacher is null)
        {
            // A teacher not yet in the roster: the account is linked now and sees children once the roster names them.
            teacher = new Person { SchoolId = found.Id, Kind = PersonKind.Teacher, Name = name.Trim(), CreatedAt = time.GetUtcNow() };
            db.Persons.Add(teacher);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new StaffPlacement(found.Id, found.Name, teacher.Id);
    }

    public async Task<AuditPage> AuditAsync(Actor actor, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(0, query.Page);
        var size = Math.Clamp(query.PageSize, 1, AuditQuery.MaxPageSize);
        if (actor.Role is not (ActorRole.SchoolAdmin or ActorRole.Admin)) return new AuditPage([], 0, size, 0, []);
        await writer.FlushAsync(cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var children = policy.Visible(db, actor).AsNoTracking();
        // The filter's names only, as the page already shows them: listing them is no read of a child's record.
        var names = await children.OrderBy(c => c.Class!.Name).ThenBy(c => c.StudentNumber)
            .Select(c => new AuditChild(c.Id, c.Name, c.Class!.Name)).ToListAsync(cancellationToken);
        if (query.ChildId is { } only) children = children.Where(c => c.Id == only);
        var entries = from a in db.Audit
                      join c in children on a.ChildId equals (int?)c.Id
                      select new { a.Id, a.At, a.Action, c.Name, a.ActorRole, a.ActorPersonId, a.ActorStaffId, a.Allowed };
        if (query.RefusedOnly) entries = entries.Where(a => !a.Allowed);
        var total = await entries.CountAsync(cancellationToken);
        // A page past the end (the filter narrowed, an old link) shows the oldest page rather than nothing.
        page = Math.Min(page, Math.Max(0, (total - 1) / size));
        var rows = await entries.OrderByDescending(a => a.Id).Skip(page * size).Take(size).AsNoTracking().ToListAsync(cancellationToken);
        var staffIds = rows.Where(r => r.ActorStaffId != null).Select(r => r.ActorStaffId!.Value).Distinct().ToList();
        var personIds = rows.Where(r => r.ActorPersonId != null).Select(r => r.ActorPersonId!.Value).Distinct().ToList();
        var staff = await db.StaffUsers.Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName + " (" + u.UserName + ")", cancellationToken);
        var persons = await db.Persons.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var items = rows.Select(r => new AuditRow(r.At, r.Action, r.Name, r.ActorRole,
            r.ActorStaffId is { } s && staff.TryGetValue(s, out var who) ? who : r.ActorPersonId is { } p && persons.TryGetValue(p, out var name) ? name : null,
            r.Allowed)).ToList();
        return new AuditPage(items, page, size, total, names);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> InviteBurstsAsync(Actor actor, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        if (actor.Role is not (ActorRole.SchoolAdmin or ActorRole.Admin)) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // A wrong code names no school: every school's administrator hears of a burst, as their codes are what is guessed.
        var at = await db.Audit.AsNoTracking().Where(a => a.Action == Binding.BindingService.BurstAction && a.At >= since)
            .Select(a => a.At).ToListAsync(cancellationToken);
        return at.OrderDescending().ToList();
    }

    public async Task<string?> SchoolNameAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
    }

    private static void RequireAdmin(Actor actor)
    {
        if (actor.Role is not (ActorRole.SchoolAdmin or ActorRole.Admin)) throw new ArchiveException(ArchiveError.Forbidden, "invites are issued by the school's administrator");
    }

    /// <summary>The invite of a child the actor may see (audited); a refusal looks like a missing invite.</summary>
    private async Task<Invite> LoadAsync(ArchiveDbContext db, Actor actor, int inviteId, string action, CancellationToken ct)
    {
        var invite = await db.Invites.FirstOrDefaultAsync(i => i.Id == inviteId && i.ChildId != null, ct);
        var child = invite is null ? null : await policy.ReadAsync(db, actor, invite.ChildId!.Value, action, ct);
        if (invite is null || child is null)
        {
            if (invite is null) policy.Audit(db, actor, action, null, false);
            await db.SaveChangesAsync(ct);
            throw ArchiveException.NotFound();
        }
        return invite;
    }

    private static async Task RevokeOpenAsync(ArchiveDbContext db, int personId, int childId, DateTimeOffset now, CancellationToken ct) =>
        await db.Invites.Where(i => i.PersonId == personId && i.ChildId == childId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now), ct);

    private static IQueryable<InviteQueryRow> Query(ArchiveDbContext db, IQueryable<Child> children, Expression<Func<Invite, bool>>? filter = null) =>
        from i in filter is null ? db.Invites : db.Invites.Where(filter)
        join c in children on i.ChildId equals (int?)c.Id
        orderby c.Class!.Name, c.StudentNumber, i.Role, i.CreatedAt descending, i.Id descending
        select new InviteQueryRow(i.Id, i.Code, c.Id, c.Name, c.Class!.Name, i.Role, i.PersonId, i.Person!.Name, i.CreatedAt, i.ExpiresAt, i.UsedAt, i.RevokedAt);

    private InviteRow ToRow(InviteQueryRow r)
    {
        var status = r.UsedAt is not null ? InviteStatus.Used
            : r.RevokedAt is not null ? InviteStatus.Revoked
            : r.ExpiresAt <= time.GetUtcNow() ? InviteStatus.Expired
            : InviteStatus.Open;
        return new InviteRow(r.Id, r.Code, r.ChildId, r.ChildName, r.ClassName, r.Role, r.PersonId, r.PersonName, r.CreatedAt, r.ExpiresAt, status);
    }

    private static InviteRole ToInviteRole(FamilyRole role) => role switch
    {
        FamilyRole.Father => InviteRole.Father,
        FamilyRole.Mother => InviteRole.Mother,
        _ => InviteRole.Guardian,
    };
}
