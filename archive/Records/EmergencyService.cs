using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class EmergencyService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : IEmergencyService
{
    public async Task<EmergencyInfo> RaiseAsync(Actor actor, int childId, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArchiveException(ArchiveError.Invalid, "empty emergency");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "emergency.raise", cancellationToken);
        var family = await ChildrenService.LoadFamilyAsync(db, child, cancellationToken);
        var now = time.GetUtcNow();
        var e = new Emergency { ChildId = childId, RaisedById = actor.PersonId, Text = text.Trim(), RaisedAt = now };
        var people = new (PersonRef? P, string Role)[]
        {
            (family.Father, "father"), (family.Mother, "mother"), (family.Guardian, "guardian"),
            (family.HeadTeacher, "head_teacher"), (family.PairedTeacher, "paired_teacher"),
        };
        foreach (var (p, _) in people.Where(x => x.P is not null && x.P.Id != actor.PersonId).DistinctBy(x => x.P!.Id))
        {
            e.Recipients.Add(new EmergencyRecipient { PersonId = p!.Id });
        }
        db.Emergencies.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        return ToInfo(e, child.Name, people);
    }

    public async Task<bool> AcknowledgeAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default)
    {
        if (actor.PersonId is null) return false;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var r = await db.EmergencyRecipients.FirstOrDefaultAsync(x => x.EmergencyId == emergencyId && x.PersonId == actor.PersonId, cancellationToken);
        if (r is null) return false;
        r.AcknowledgedAt ??= time.GetUtcNow();
        var childId = await db.Emergencies.Where(x => x.Id == emergencyId).Select(x => x.ChildId).FirstAsync(cancellationToken);
        policy.Audit(db, actor, "emergency.ack", childId, true);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<EmergencyInfo?> GetAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var e = await db.Emergencies.Include(x => x.Recipients).FirstOrDefaultAsync(x => x.Id == emergencyId, cancellationToken);
        var child = e is null ? null : await policy.ReadAsync(db, actor, e.ChildId, "emergency.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (e is null || child is null) return null;
        var family = await ChildrenService.LoadFamilyAsync(db, child, cancellationToken);
        return ToInfo(e, child.Name, Roles(family));
    }

    public async Task<IReadOnlyList<EmergencyInfo>> UnacknowledgedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var list = await db.Emergencies.Include(x => x.Recipients).Include(x => x.Child).ThenInclude(c => c!.Class)
            .Where(x => x.ResolvedAt == null && x.Recipients.Any(r => r.AcknowledgedAt == null))
            .OrderBy(x => x.Id).ToListAsync(cancellationToken);
        var result = new List<EmergencyInfo>();
        foreach (var e in list)
        {
            var family = await ChildrenService.LoadFamilyAsync(db, e.Child!, cancellationToken);
            result.Add(ToInfo(e, e.Child!.Name, Roles(family)));
        }
        return result;
    }

    public async Task RecordAlertAsync(int emergencyId, int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.EmergencyRecipients.Where(r => r.EmergencyId == emergencyId && r.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AlertCount, r => r.AlertCount + 1).SetProperty(r => r.LastAlertedAt, now), cancellationToken);
    }

    private static (PersonRef? P, string Role)[] Roles(ChildFamily f) =>
        [(f.Father, "father"), (f.Mother, "mother"), (f.Guardian, "guardian"), (f.HeadTeacher, "head_teacher"), (f.PairedTeacher, "paired_teacher")];

    private static EmergencyInfo ToInfo(Emergency e, string childName, (PersonRef? P, string Role)[] people)
    {
        var recipients = e.Recipients.Select(r =>
        {
            var who = people.FirstOrDefault(p => p.P?.Id == r.PersonId);
            return new EmergencyRecipientInfo(r.PersonId, who.P?.Name ?? "", who.Role ?? "", r.AcknowledgedAt, r.AlertCount);
        }).ToList();
        return new EmergencyInfo(e.Id, e.ChildId, childName, e.RaisedById, e.Text, e.RaisedAt, recipients);
    }
}
