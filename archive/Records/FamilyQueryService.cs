using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class FamilyQueryService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy) : IFamilyQueries
{
    public async Task<IReadOnlyList<FamilyMember>> GetMembersAsync(FamilyQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var links = db.FamilyLinks.AsNoTracking();
        if (query.ParentsOnly) links = links.Where(l => l.Role == FamilyRole.Father || l.Role == FamilyRole.Mother);
        if (query.ChildIds is { } ids) links = links.Where(l => ids.Contains(l.ChildId));
        var members = await (
            from l in links
            join c in policy.Visible(db, Actor.Scheduler).AsNoTracking() on l.ChildId equals c.Id
            join p in db.Persons on l.PersonId equals p.Id
            where p.ErasedAt == null
            select new FamilyMember(l.PersonId, l.Role, c.Id, c.Name, c.PairedTeacherId, c.ClassId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await policy.AuditAsync(Actor.Scheduler, "scheduler.family", null, true, cancellationToken).ConfigureAwait(false);
        return members;
    }

    /// <summary>
    /// People with a chat binding or a phone number on the roster (SMS and voice reach them; when those are off the
    /// delivery policy reports them to the school instead of dropping the message).
    /// </summary>
    public async Task<IReadOnlySet<int>> GetReachablePersonIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var bound = await db.ChannelBindings.AsNoTracking().Where(b => b.SuspendedAt == null).Select(b => b.PersonId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var phones = await db.Persons.AsNoTracking().Where(p => p.ErasedAt == null && p.Phone != null && p.Phone != "").Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return bound.Concat(phones).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<int, int>> GetHeadTeachersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Classes.AsNoTracking().Where(c => c.HeadTeacherId != null)
            .ToDictionaryAsync(c => c.Id, c => c.HeadTeacherId!.Value, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<int, int>> GetClassesAsync(IReadOnlyCollection<int> childIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await policy.Visible(db, Actor.Scheduler).AsNoTracking().Where(c => childIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.ClassId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<int, DateTimeOffset>> GetRegisteredAtAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id) && p.ErasedAt == null)
            .ToDictionaryAsync(p => p.Id, p => p.CreatedAt, cancellationToken).ConfigureAwait(false);
    }
}
