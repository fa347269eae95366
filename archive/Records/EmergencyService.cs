using System.Globalization;
using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class EmergencyService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time, EmergencyPresence presence) : IEmergencyService
{
    private const int MaxText = 4000;

    public async Task<EmergencyInfo> RaiseAsync(Actor actor, int childId, string text, EmergencyKind kind = EmergencyKind.Other, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArchiveException(ArchiveError.Invalid, "empty emergency");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "emergency.raise", cancellationToken);
        var family = await ChildrenService.LoadFamilyAsync(db, child, cancellationToken);
        var people = Roles(family);
        var key = TurnWrites.Next("emergency");
        // A re-run of the turn that raised it (a state conflict, or another instance after a crash): the same emergency,
        // not a second alarm to the family.
        if (key is not null && await db.Emergencies.Include(x => x.Recipients).FirstOrDefaultAsync(x => x.RequestKey == key, cancellationToken) is { } raised)
            return ToInfo(raised, child.Name, people);
        var now = time.GetUtcNow();
        var e = new Emergency { RequestKey = key, ChildId = childId, RaisedById = actor.PersonId, Text = Clip(text), Kind = kind, RaisedAt = now };
        foreach (var (p, _) in people.Where(x => x.P is not null && x.P.Id != actor.PersonId).DistinctBy(x => x.P!.Id))
        {
            e.Recipients.Add(new EmergencyRecipient { PersonId = p!.Id });
        }
        e.Events.Add(new EmergencyEvent { At = now, Kind = EmergencyEventKind.Raised, PersonId = actor.PersonId, Text = e.Text });
        db.Emergencies.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        await presence.RaisedAsync(cancellationToken);
        return ToInfo(e, child.Name, people);
    }

    public async Task<bool> AcknowledgeAsync(Actor actor, int emergencyId, CancellationToken cancellationToken = default)
    {
        if (actor.PersonId is null) return false;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var r = await db.EmergencyRecipients.FirstOrDefaultAsync(x => x.EmergencyId == emergencyId && x.PersonId == actor.PersonId, cancellationToken);
        if (r is null) return false;
        if (r.AcknowledgedAt is null)
        {
            r.AcknowledgedAt = time.GetUtcNow();
            db.EmergencyEvents.Add(new EmergencyEvent { EmergencyId = emergencyId, At = r.AcknowledgedAt.Value, Kind = EmergencyEventKind.Acknowledged, PersonId = actor.PersonId });
        }
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
        return await InfosAsync(db, list, cancellationToken);
    }

    public async Task<IReadOnlyList<EmergencyInfo>> OpenForAsync(int personId, CancellationToken cancellationToken = default)
    {
        if (presence.AnyOpen == false) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (presence.AnyOpen is null)
        {
            var version = presence.Version;
            var any = await AnyOpen.For(db)(db, cancellationToken);
            presence.Record(version, any);
            if (!any) return [];
        }
        if (!await AnyOpenFor.For(db)(db, personId, cancellationToken)) return [];
        var list = await db.Emergencies.Include(x => x.Recipients).Include(x => x.Child).ThenInclude(c => c!.Class)
            .Where(x => x.ResolvedAt == null && (x.RaisedById == personId || x.Recipients.Any(r => r.PersonId == personId)))
            .OrderByDescending(x => x.Id).ToListAsync(cancellationToken);
        return await InfosAsync(db, list, cancellationToken);
    }

    public async Task RecordAlertAsync(int emergencyId, int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var r = await db.EmergencyRecipients.FirstOrDefaultAsync(x => x.EmergencyId == emergencyId && x.PersonId == personId, cancellationToken);
        if (r is null) return;
        r.AlertCount++;
        r.LastAlertedAt = now;
        db.EmergencyEvents.Add(new EmergencyEvent
        {
            EmergencyId = emergencyId, At = now, Kind = EmergencyEventKind.Alerted, PersonId = personId, Text = r.AlertCount.ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordEscalationAsync(int emergencyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (await db.EmergencyEvents.AnyAsync(x => x.EmergencyId == emergencyId && x.Kind == EmergencyEventKind.Escalated, cancellationToken)) return;
        db.EmergencyEvents.Add(new EmergencyEvent { EmergencyId = emergencyId, At = time.GetUtcNow(), Kind = EmergencyEventKind.Escalated });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int?> AddReplyAsync(Actor actor, int emergencyId, string text, CancellationToken cancellationToken = default)
    {
        if (actor.PersonId is not { } personId || string.IsNullOrWhiteSpace(text)) return null;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var e = await db.Emergencies.Include(x => x.Recipients).FirstOrDefaultAsync(x => x.Id == emergencyId, cancellationToken);
        if (e is null || e.ResolvedAt is not null || !IsParty(e, personId)) return null;
        var reply = new EmergencyEvent { EmergencyId = emergencyId, At = time.GetUtcNow(), Kind = EmergencyEventKind.Reply, PersonId = personId, Text = Clip(text) };
        db.EmergencyEvents.Add(reply);
        policy.Audit(db, actor, "emergency.reply", e.ChildId, true);
        await db.SaveChangesAsync(cancellationToken);
        return reply.Id;
    }

    public async Task<EmergencyReplyInfo?> LastReplyAsync(int emergencyId, int personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.EmergencyEvents.AsNoTracking()
            .Where(x => x.EmergencyId == emergencyId && x.PersonId == personId && x.Kind == EmergencyEventKind.Reply)
            .OrderByDescending(x => x.Id).Select(x => new EmergencyReplyInfo(x.Id, x.At, x.Text)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<EmergencyResolution> ResolveAsync(Actor actor, int emergencyId, string note, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var e = await db.Emergencies.Include(x => x.Recipients).FirstOrDefaultAsync(x => x.Id == emergencyId, cancellationToken);
        if (e is null) return EmergencyResolution.NotFound;
        if (e.ResolvedAt is not null) return EmergencyResolution.AlreadyResolved;
        var allowed = actor.Role == ActorRole.Admin
            || (actor.PersonId is { } personId && IsParty(e, personId)
                && (e.RaisedById == personId || actor.Role is ActorRole.Teacher or ActorRole.Guardian));
        policy.Audit(db, actor, "emergency.resolve", e.ChildId, allowed);
        if (!allowed)
        {
            await db.SaveChangesAsync(cancellationToken);
            return EmergencyResolution.NotAllowed;
        }
        var now = time.GetUtcNow();
        e.ResolvedAt = now;
        e.ResolvedById = actor.PersonId;
        e.ResolutionNote = string.IsNullOrWhiteSpace(note) ? null : Clip(note);
        db.EmergencyEvents.Add(new EmergencyEvent { EmergencyId = emergencyId, At = now, Kind = EmergencyEventKind.Resolved, PersonId = actor.PersonId, Text = e.ResolutionNote });
        await db.SaveChangesAsync(cancellationToken);
        return EmergencyResolution.Resolved;
    }

    public async Task<IReadOnlyList<EmergencyReport>> ListAsync(bool? open, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var query = db.Emergencies.Include(x => x.Recipients).Include(x => x.Events).Include(x => x.Child).ThenInclude(c => c!.Class).AsQueryable();
        if (open is { } o) query = o ? query.Where(x => x.ResolvedAt == null) : query.Where(x => x.ResolvedAt != null);
        var list = await query.OrderByDescending(x => x.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        policy.Audit(db, Actor.Admin, "emergency.list", null, true);
        await db.SaveChangesAsync(cancellationToken);
        var result = new List<EmergencyReport>();
        foreach (var e in list)
        {
            var people = Roles(await ChildrenService.LoadFamilyAsync(db, e.Child!, cancellationToken));
            string? NameOf(int? id) => id is null ? null : people.FirstOrDefault(p => p.P?.Id == id).P?.Name;
            var info = ToInfo(e, e.Child!.Name, people);
            var status = e.ResolvedAt is not null ? EmergencyReport.Resolved
                : e.Recipients.All(r => r.AcknowledgedAt is not null) ? EmergencyReport.Acknowledged : EmergencyReport.Open;
            var timeline = e.Events.OrderBy(x => x.At).ThenBy(x => x.Id)
                .Select(x => new EmergencyTimelineEntry(x.At, Kind(x.Kind), x.PersonId, NameOf(x.PersonId), x.Text)).ToList();
            result.Add(new EmergencyReport(e.Id, e.ChildId, e.Child!.Name, status, e.Text, e.RaisedAt, e.RaisedById, NameOf(e.RaisedById),
                e.ResolvedAt, e.ResolvedById, NameOf(e.ResolvedById), e.ResolutionNote, info.Recipients, timeline) { Kind = e.Kind });
        }
        return result;
    }

    private static string Kind(EmergencyEventKind kind) => kind switch
    {
        EmergencyEventKind.Raised => "raised",
        EmergencyEventKind.Alerted => "alerted",
        EmergencyEventKind.Acknowledged => "acknowledged",
        EmergencyEventKind.Reply => "reply",
        EmergencyEventKind.Escalated => "escalated",
        _ => "resolved",
    };

    private static bool IsParty(Emergency e, int personId) => e.RaisedById == personId || e.Recipients.Any(r => r.PersonId == personId);

    private static string Clip(string text)
    {
        var t = text.Trim();
        return t.Length > MaxText ? t[..MaxText] : t;
    }

    /// <summary>
    /// Every message of a bound person asks whether they are on an open emergency, and almost always they are not: a
    /// compiled existence check (the open ones through the ResolvedAt index) answers that without EF Core's per-call
    /// query preparation or the joins of the full read, which runs only when there is one (issue 16).
    /// </summary>
    private static readonly CompiledPerContext<Func<ArchiveDbContext, CancellationToken, Task<bool>>> AnyOpen = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, CancellationToken ct) => db.Emergencies.Any(x => x.ResolvedAt == null)));

    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, CancellationToken, Task<bool>>> AnyOpenFor = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int personId, CancellationToken ct) =>
            db.Emergencies.Any(x => x.ResolvedAt == null && (x.RaisedById == personId || x.Recipients.Any(r => r.PersonId == personId)))));

    private static async Task<IReadOnlyList<EmergencyInfo>> InfosAsync(ArchiveDbContext db, List<Emergency> list, CancellationToken cancellationToken)
    {
        var result = new List<EmergencyInfo>();
        foreach (var e in list)
        {
            var family = await ChildrenService.LoadFamilyAsync(db, e.Child!, cancellationToken);
            result.Add(ToInfo(e, e.Child!.Name, Roles(family)));
        }
        return result;
    }

    private static (PersonRef? P, string Role)[] Roles(ChildFamily f) =>
        [(f.Father, "father"), (f.Mother, "mother"), (f.Guardian, "guardian"), (f.HeadTeacher, "head_teacher"), (f.PairedTeacher, "paired_teacher")];

    private static EmergencyInfo ToInfo(Emergency e, string childName, (PersonRef? P, string Role)[] people)
    {
        // In family order (father, mother, guardian, head and paired teacher), so every list a person reads is stable.
        var recipients = e.Recipients.Select(r =>
        {
            var who = people.FirstOrDefault(p => p.P?.Id == r.PersonId);
            return new EmergencyRecipientInfo(r.PersonId, who.P?.Name ?? "", who.Role ?? "", r.AcknowledgedAt, r.AlertCount);
        }).OrderBy(r => Array.FindIndex(people, p => p.P?.Id == r.PersonId) is var i && i < 0 ? people.Length : i).ThenBy(r => r.PersonId).ToList();
        return new EmergencyInfo(e.Id, e.ChildId, childName, e.RaisedById, e.Text, e.RaisedAt, recipients)
        {
            ResolvedAt = e.ResolvedAt,
            ResolvedById = e.ResolvedById,
            ResolutionNote = e.ResolutionNote,
            Kind = e.Kind,
            RaisedByName = people.FirstOrDefault(p => p.P is not null && p.P.Id == e.RaisedById).P?.Name,
            RaisedByRole = people.FirstOrDefault(p => p.P is not null && p.P.Id == e.RaisedById).Role,
        };
    }
}
