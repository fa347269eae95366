using System.Linq.Expressions;

namespace LeftBehind.Scheduler.Jobs;

/// <summary>The reads every job starts from: family links of children and people not erased, and who can be reached.</summary>
internal static class FamilyQueries
{
    /// <summary>Family members, optionally only the links matching <paramref name="filter"/> (applied before projection, so it runs in SQL).</summary>
    public static IQueryable<FamilyMember> Members(ArchiveDbContext db, Expression<Func<FamilyLink, bool>>? filter = null) =>
        from l in filter is null ? db.FamilyLinks.AsNoTracking() : db.FamilyLinks.AsNoTracking().Where(filter)
        join c in db.Children on l.ChildId equals c.Id
        join p in db.Persons on l.PersonId equals p.Id
        where c.ErasedAt == null && p.ErasedAt == null
        select new FamilyMember(l.PersonId, l.Role, c.Id, c.Name, c.PairedTeacherId, c.ClassId);

    /// <summary>People with at least one channel binding: nobody else can be sent anything.</summary>
    /// <summary>
    /// People with a chat binding or a phone number on the roster (SMS and voice reach them; when those are off the
    /// delivery policy reports them to the school instead of dropping the message).
    /// </summary>
    public static async Task<HashSet<int>> ReachableAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var bound = await db.ChannelBindings.AsNoTracking().Select(b => b.PersonId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var phones = await db.Persons.AsNoTracking().Where(p => p.ErasedAt == null && p.Phone != null && p.Phone != "").Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return bound.Concat(phones).ToHashSet();
    }

    /// <summary>Head teacher per class id.</summary>
    public static async Task<Dictionary<int, int>> HeadTeachersAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        await db.Classes.AsNoTracking().Where(c => c.HeadTeacherId != null)
            .ToDictionaryAsync(c => c.Id, c => c.HeadTeacherId!.Value, cancellationToken).ConfigureAwait(false);

    public static bool IsParent(this FamilyRole role) => role is FamilyRole.Father or FamilyRole.Mother;

    public static readonly Expression<Func<FamilyLink, bool>> ParentLinks = l => l.Role == FamilyRole.Father || l.Role == FamilyRole.Mother;
}
