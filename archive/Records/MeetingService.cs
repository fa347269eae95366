using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class MeetingService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : IMeetingService
{
    public async Task<MeetingInfo> ScheduleAsync(Actor actor, MeetingInput input, CancellationToken cancellationToken = default)
    {
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 64) throw new ArchiveException(ArchiveError.Invalid, "title");
        if (input.Place is { Length: > 64 }) throw new ArchiveException(ArchiveError.Invalid, "place");
        var now = time.GetUtcNow();
        if (input.At <= now) throw new ArchiveException(ArchiveError.Invalid, "at");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (!await MayScheduleAsync(db, actor, input, cancellationToken)) throw new ArchiveException(ArchiveError.Forbidden, "meeting");
        var children = policy.Visible(db, Actor.Scheduler).Where(c => c.SchoolId == input.SchoolId && (input.ClassId == null || c.ClassId == input.ClassId));
        var family = await db.FamilyLinks.AsNoTracking().Where(f => children.Any(c => c.Id == f.ChildId) && f.Person!.ErasedAt == null)
            .OrderBy(f => f.ChildId).ThenBy(f => f.Role).Select(f => new { f.PersonId, f.ChildId, f.Role }).ToListAsync(cancellationToken);
        var meeting = new Meeting
        {
            SchoolId = input.SchoolId, ClassId = input.ClassId, Title = title, Place = input.Place?.Trim(), At = input.At, CreatedById = actor.PersonId, CreatedAt = now,
        };
        // One invitation a person: a grandmother of two children in the class comes once.
        foreach (var f in family.DistinctBy(f => f.PersonId))
            meeting.Invitations.Add(new MeetingInvitation { PersonId = f.PersonId, ChildId = f.ChildId, Role = f.Role });
        db.Meetings.Add(meeting);
        policy.Audit(db, actor, "meeting.schedule", null, true);
        await db.SaveChangesAsync(cancellationToken);
        return ToInfo(meeting);
    }

    public async Task<IReadOnlyList<MeetingInfo>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var meetings = await Visible(db, actor).AsNoTracking().Include(m => m.Invitations).OrderByDescending(m => m.At).ToListAsync(cancellationToken);
        return meetings.Select(ToInfo).ToList();
    }

    public async Task<IReadOnlyList<MeetingInvitationInfo>> GetInvitationsAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var visible = policy.Visible(db, actor);
        var rows = await Rows(db, db.MeetingInvitations.Where(x => x.MeetingId == meetingId && Visible(db, actor).Any(m => m.Id == meetingId) && visible.Any(c => c.Id == x.ChildId)))
            .ToListAsync(cancellationToken);
        foreach (var r in rows) policy.Audit(db, actor, "meeting.read", r.ChildId, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.OrderBy(r => r.ChildName, StringComparer.Ordinal).ThenBy(r => r.Role).ToList();
    }

    public async Task<bool> RecordAttendanceAsync(Actor actor, int invitationId, bool attended, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return false;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var invitation = await db.MeetingInvitations.FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || !await Visible(db, actor).AnyAsync(m => m.Id == invitation.MeetingId, cancellationToken)) return false;
        if (await policy.ReadNameAsync(db, actor, invitation.ChildId, "meeting.attendance", cancellationToken) is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
        invitation.Attended = attended;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<MeetingInvitationInfo>> GetInvitationsDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var visible = policy.Visible(db, Actor.Scheduler);
        var rows = await Rows(db, db.MeetingInvitations.Where(x => x.InvitedAt == null && x.Meeting!.At > now && visible.Any(c => c.Id == x.ChildId))).ToListAsync(cancellationToken);
        await policy.AuditAsync(Actor.Scheduler, "meeting.invitations-due", null, true, cancellationToken);
        return rows;
    }

    public async Task MarkInvitedAsync(IReadOnlyCollection<int> invitationIds, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (invitationIds.Count == 0) return;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.MeetingInvitations.Where(i => invitationIds.Contains(i.Id) && i.InvitedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.InvitedAt, at), cancellationToken);
    }

    public async Task<MeetingInvitationInfo?> FindOpenInvitationAsync(int personId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await Rows(db, db.MeetingInvitations.Where(x => x.PersonId == personId && x.InvitedAt != null && x.Meeting!.At > now)
            .OrderByDescending(x => x.InvitedAt).Take(1)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<MeetingInvitationInfo?> ReplyAsync(int personId, int invitationId, MeetingReply reply, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var invitation = await db.MeetingInvitations.Include(i => i.Meeting)
            .FirstOrDefaultAsync(i => i.Id == invitationId && i.PersonId == personId, cancellationToken);
        if (invitation?.Meeting is null || invitation.Meeting.At <= now) return null;
        invitation.Reply = reply;
        invitation.RepliedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return await Rows(db, db.MeetingInvitations.Where(x => x.Id == invitationId)).FirstAsync(cancellationToken);
    }

    /// <summary>A school admin schedules for their school, the head teacher for their class, the host's admin key for any.</summary>
    private static async Task<bool> MayScheduleAsync(ArchiveDbContext db, Actor actor, MeetingInput input, CancellationToken ct)
    {
        if (!await db.Schools.AnyAsync(s => s.Id == input.SchoolId, ct)) return false;
        if (input.ClassId is { } classId && !await db.Classes.AnyAsync(c => c.Id == classId && c.SchoolId == input.SchoolId, ct)) return false;
        return actor.Role switch
        {
            ActorRole.Admin => true,
            ActorRole.SchoolAdmin => actor.SchoolId == input.SchoolId,
            ActorRole.Teacher when input.ClassId is { } id && actor.PersonId is { } pid => await db.Classes.AnyAsync(c => c.Id == id && c.HeadTeacherId == pid, ct),
            _ => false,
        };
    }

    private static IQueryable<Meeting> Visible(ArchiveDbContext db, Actor actor) => actor.Role switch
    {
        ActorRole.Admin or ActorRole.Scheduler => db.Meetings,
        ActorRole.SchoolAdmin when actor.SchoolId is { } school => db.Meetings.Where(m => m.SchoolId == school),
        ActorRole.Teacher when actor.PersonId is { } pid => db.Meetings.Where(m => m.ClassId != null && db.Classes.Any(c => c.Id == m.ClassId && c.HeadTeacherId == pid)
            || m.ClassId == null && db.Persons.Any(p => p.Id == pid && p.SchoolId == m.SchoolId)),
        _ => db.Meetings.Where(_ => false),
    };

    /// <summary>Filter first, then this projection (a filter on the projected record cannot be translated to SQL).</summary>
    private static IQueryable<MeetingInvitationInfo> Rows(ArchiveDbContext db, IQueryable<MeetingInvitation> invitations) =>
        invitations.AsNoTracking().Select(i => new MeetingInvitationInfo(i.Id, i.MeetingId, i.Meeting!.Title, i.Meeting.Place, i.Meeting.At, i.PersonId,
            i.Person!.Name, i.ChildId, db.Children.Where(c => c.Id == i.ChildId).Select(c => c.Name).FirstOrDefault() ?? "", i.Role, i.InvitedAt, i.Reply, i.Attended));

    private static MeetingInfo ToInfo(Meeting m) =>
        new(m.Id, m.SchoolId, m.ClassId, m.Title, m.Place, m.At, m.Invitations.Count, m.Invitations.Count(i => i.Reply == MeetingReply.Attend),
            m.Invitations.Count(i => i.Reply == MeetingReply.Decline), m.Invitations.Count(i => i.Attended == true));
}
