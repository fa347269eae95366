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
            .Select(p => new PersonReach(p.Id, p.Kind, p.Name, p.Phone, p.Bindings.Count(b => !phone.Contains(b.ChannelId) && b.SuspendedAt == null)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
