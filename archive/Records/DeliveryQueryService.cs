using LeftBehind.Archive.Data;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class DeliveryQueryService(IDbContextFactory<ArchiveDbContext> dbs) : IDeliveryQueries
{
    public async Task<EmergencyCallState?> GetEmergencyCallStateAsync(int emergencyId, int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var emergency = await db.Emergencies.AsNoTracking().Where(e => e.Id == emergencyId)
            .Select(e => new { e.ResolvedAt, Mine = e.Recipients.Where(r => r.PersonId == personId && r.AcknowledgedAt != null).Count(), Pending = e.Recipients.Count(r => r.AcknowledgedAt == null) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return emergency is null ? null : new EmergencyCallState(emergency.ResolvedAt is not null, emergency.Mine > 0, emergency.Pending);
    }

    public async Task<IReadOnlyList<OpenEmergencyMember>> GetOnOpenEmergencyAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default)
    {
        if (personIds.Count == 0) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // Nearly always none is open: one read of the (indexed) open emergencies and nothing more.
        var open = await db.Emergencies.AsNoTracking().Where(e => e.ResolvedAt == null).OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.ChildId, e.RaisedById, Recipients = e.Recipients.Select(r => r.PersonId).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (open.Count == 0) return [];
        var ids = personIds.Distinct().ToList();
        var children = open.Select(e => e.ChildId).Distinct().ToList();
        var links = await db.FamilyLinks.AsNoTracking().Where(l => children.Contains(l.ChildId) && ids.Contains(l.PersonId))
            .Select(l => new { l.ChildId, l.PersonId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var kinds = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Kind })
            .ToDictionaryAsync(p => p.Id, p => p.Kind, cancellationToken).ConfigureAwait(false);
        var result = new List<OpenEmergencyMember>();
        foreach (var id in ids)
        {
            var on = open.FirstOrDefault(e => e.RaisedById == id || e.Recipients.Contains(id) || links.Any(l => l.ChildId == e.ChildId && l.PersonId == id));
            if (on is not null && kinds.TryGetValue(id, out var kind)) result.Add(new OpenEmergencyMember(id, on.Id, kind is not Model.PersonKind.Teacher));
        }
        return result;
    }

    public async Task<PersonRef?> GetPersonAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => new PersonRef(p.Id, p.Name))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<HeadTeacherOfChild>> GetHeadTeachersAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await (
            from link in db.FamilyLinks.AsNoTracking()
            where link.PersonId == personId
            join child in db.Children on link.ChildId equals child.Id
            join cls in db.Classes on child.ClassId equals cls.Id
            where cls.HeadTeacherId != null && cls.HeadTeacherId != personId
            select new HeadTeacherOfChild(cls.HeadTeacherId!.Value, child.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<int, string>> GetBindingChannelsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ChannelBindings.AsNoTracking().Select(b => new { b.Id, b.ChannelId })
            .ToDictionaryAsync(b => b.Id, b => b.ChannelId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PersonReach>> GetReachAsync(IReadOnlyCollection<string> phoneChannels, CancellationToken cancellationToken = default)
    {
        var phone = phoneChannels.ToList();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Persons.AsNoTracking().Where(p => p.ErasedAt == null)
            .Select(p => new PersonReach(p.Id, p.Kind, p.Name, p.Phone, p.Bindings.Count(b => !phone.Contains(b.ChannelId) && b.SuspendedAt == null),
                p.Bindings.Count(b => !phone.Contains(b.ChannelId) && b.SuspendedAt != null)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
