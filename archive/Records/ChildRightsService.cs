using System.Text.Json;
using System.Text.Json.Nodes;
using LeftBehind.Archive.Access;
using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class ChildRightsService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, AuditWriter audit, SenderCache senders, TimeProvider time, IPersonRights persons) : IChildRightsService
{
    private const string Erased = "（已删除）";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<JsonObject?> ExportAsync(int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, Actor.Admin, childId, "child.export", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (child is null) return null;
        // The export's audit section includes this very read.
        await audit.FlushAsync(cancellationToken);
        var school = await db.Schools.Where(s => s.Id == child.SchoolId).Select(s => s.Name).FirstAsync(cancellationToken);
        var family = await db.FamilyLinks.Where(f => f.ChildId == childId)
            .Select(f => new { role = f.Role, personId = f.PersonId, name = f.Person!.Name, phone = f.Person.Phone, workplace = f.Person.Workplace })
            .ToListAsync(cancellationToken);
        var personIds = family.Select(f => f.personId).ToList();
        var export = new
        {
            exportedAt = time.GetUtcNow(),
            child = new
            {
                id = child.Id, school, className = child.Class?.Name, studentNumber = child.StudentNumber, name = child.Name, gender = child.Gender,
                birthDate = child.BirthDate, leftBehindType = child.LeftBehindType, guardianRelation = child.GuardianRelation,
                headTeacherId = child.Class?.HeadTeacherId, pairedTeacherId = child.PairedTeacherId, createdAt = child.CreatedAt, updatedAt = child.UpdatedAt,
            },
            family,
            // Which channel, not the channel's user id or conversation: those are how a device is recognised (issue #14).
            channelBindings = await db.ChannelBindings.Where(b => personIds.Contains(b.PersonId))
                .Select(b => new { b.PersonId, channel = b.ChannelId, b.Role, b.BoundAt }).ToListAsync(cancellationToken),
            consents = await db.Consents.Where(c => personIds.Contains(c.PersonId)).ToListAsync(cancellationToken),
            preferences = await db.Preferences.Where(p => personIds.Contains(p.PersonId)).ToListAsync(cancellationToken),
            attendance = await db.Attendance.Where(a => a.ChildId == childId).OrderBy(a => a.Date)
                .Select(a => new { a.Date, a.Status, a.Reason, a.RecordedById, a.RecordedAt }).ToListAsync(cancellationToken),
            notes = await db.Notes.Where(n => n.ChildId == childId).OrderBy(n => n.Id)
                .Select(n => new { n.Id, n.Category, n.Kind, n.Visibility, n.Text, n.AuthorId, n.CreatedAt }).ToListAsync(cancellationToken),
            letters = await db.Letters.Where(l => l.ChildId == childId).OrderBy(l => l.Id)
                .Select(l => new { l.Id, l.Direction, l.Text, l.PhotoUrl, l.AuthorId, l.CreatedAt }).ToListAsync(cancellationToken),
            questions = await db.Questions.Where(q => q.ChildId == childId).OrderBy(q => q.Id)
                .Select(q => new { q.Id, q.Text, q.Urgent, q.Status, q.Answer, q.AskedById, q.AssignedTeacherId, q.CreatedAt, q.AnsweredAt, q.ClosedAt }).ToListAsync(cancellationToken),
            callBookings = await db.CallBookings.Where(b => b.ChildId == childId).OrderBy(b => b.Id)
                .Select(b => new { b.Id, b.ParentId, b.ScheduledAt, b.Status, b.DoneAt }).ToListAsync(cancellationToken),
            contacts = await db.Contacts.Where(c => c.ChildId == childId).OrderBy(c => c.Id)
                .Select(c => new { c.ParentId, c.Kind, c.At }).ToListAsync(cancellationToken),
            leaveRequests = await db.LeaveRequests.Where(l => l.ChildId == childId).OrderBy(l => l.Id)
                .Select(l => new { l.From, l.To, l.Status, l.Reason, l.RequestedById, l.CreatedAt }).ToListAsync(cancellationToken),
            emergencies = await db.Emergencies.Where(e => e.ChildId == childId).OrderBy(e => e.Id)
                .Select(e => new
                {
                    e.Id, e.Text, e.RaisedById, e.RaisedAt, e.ResolvedAt, e.ResolvedById, e.ResolutionNote,
                    recipients = e.Recipients.Select(r => new { r.PersonId, r.AcknowledgedAt }).ToList(),
                    timeline = e.Events.OrderBy(x => x.Id).Select(x => new { x.At, x.Kind, x.PersonId, x.Text }).ToList(),
                }).ToListAsync(cancellationToken),
            audit = await db.Audit.Where(a => a.ChildId == childId).OrderBy(a => a.Id)
                .Select(a => new { a.At, a.ActorRole, a.ActorPersonId, a.Action, a.Allowed }).ToListAsync(cancellationToken),
        };
        return JsonSerializer.SerializeToNode(export, Json)!.AsObject();
    }

    public async Task<bool> EraseAsync(int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, Actor.Admin, childId, "child.erase", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (child is null) return false;
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // Keep the row, class, statuses and counts; drop everything that identifies or describes the child.
        child.StudentNumber = $"erased-{child.Id}";
        child.BirthDate = null;
        child.Gender = Gender.Unknown;
        child.PairedTeacherId = null;
        child.ErasedAt = now;
        child.UpdatedAt = now;
        await db.Attendance.Where(a => a.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reason, (string?)null), cancellationToken);
        await db.Notes.Where(n => n.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, ""), cancellationToken);
        await db.Letters.Where(l => l.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Text, (string?)null).SetProperty(l => l.PhotoUrl, (string?)null), cancellationToken);
        await db.Questions.Where(q => q.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Text, "").SetProperty(q => q.Answer, (string?)null), cancellationToken);
        await db.LeaveRequests.Where(l => l.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Reason, (string?)null), cancellationToken);
        await db.Emergencies.Where(e => e.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Text, "").SetProperty(e => e.ResolutionNote, (string?)null), cancellationToken);
        await db.EmergencyEvents.Where(x => x.Emergency!.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Text, (string?)null), cancellationToken);
        // The care records (#20): what was written and who was entrusted go; the marks and dates stay for anonymous counts.
        await db.CareConcerns.Where(c => c.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Text, (string?)null), cancellationToken);
        await db.WeeklyTalks.Where(t => t.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Note, (string?)null), cancellationToken);
        await db.CareVisits.Where(v => v.ChildId == childId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Note, (string?)null), cancellationToken);
        await db.Entrustments.Where(e => e.ChildId == childId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Name, Erased).SetProperty(e => e.Phone, (string?)null).SetProperty(e => e.Relation, (string?)null), cancellationToken);
        await db.Invites.Where(i => i.ChildId == childId).ExecuteDeleteAsync(cancellationToken);

        var personIds = await db.FamilyLinks.Where(f => f.ChildId == childId).Select(f => f.PersonId).ToListAsync(cancellationToken);
        await db.FamilyLinks.Where(f => f.ChildId == childId).ExecuteDeleteAsync(cancellationToken);
        // A parent of a sibling keeps their data; anyone left with no child in the archive is erased too.
        var stillLinked = await db.FamilyLinks.Where(f => personIds.Contains(f.PersonId)).Select(f => f.PersonId).Distinct().ToListAsync(cancellationToken);
        var orphans = personIds.Except(stillLinked).ToList();
        var childName = child.Name;
        child.Name = Erased;
        await db.SaveChangesAsync(cancellationToken);
        // The child's name quoted anywhere else in the archive (a sibling's note, a care record) loses the quote.
        await Rights.ArchiveTextScrubber.ReplaceAsync(db, [childName], Erased, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        await senders.ForgetAllAsync(CancellationToken.None);
        // Anyone left with no child is erased as a person, from every table that holds them.
        foreach (var orphan in orphans) await persons.ErasePersonAsync(orphan, cancellationToken);
        return true;
    }
}
