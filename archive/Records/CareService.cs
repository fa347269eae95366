using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Terms;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class CareService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time, ITermCalendar calendar) : ICareService
{
    private const int MaxText = 1000;

    public async Task<CareConcernInfo> OpenGuardianGapAsync(Actor actor, int childId, string text, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "care.gap.raise", cancellationToken);
        var staff = await StaffAsync(db, child, CareConcernKind.GuardianGap, cancellationToken);
        var open = await db.CareConcerns.FirstOrDefaultAsync(c => c.ChildId == childId && c.Kind == CareConcernKind.GuardianGap && c.ClosedAt == null, cancellationToken);
        if (open is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return ToInfo(open, child.Name, isNew: false, staff);
        }
        var now = time.GetUtcNow();
        var concern = new CareConcern
        {
            ChildId = childId, Kind = CareConcernKind.GuardianGap, Reason = Clip(reason, 32)!, Text = Clip(text, MaxText),
            RaisedById = actor.PersonId, RaisedAt = now, DueAt = now + CareRules.GuardianDue,
        };
        db.CareConcerns.Add(concern);
        await db.SaveChangesAsync(cancellationToken);
        return ToInfo(concern, child.Name, isNew: true, staff);
    }

    public async Task<EntrustmentInfo> RecordGuardianAsync(Actor actor, int childId, EntrustmentInput input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 64) throw new ArchiveException(ArchiveError.Invalid, "guardian name");
        if (actor.Role is ActorRole.Guardian) throw new ArchiveException(ArchiveError.Forbidden, "only parents and staff name the entrusted guardian");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "care.guardian.record", cancellationToken);
        var now = time.GetUtcNow();
        foreach (var old in await db.Entrustments.Where(e => e.ChildId == childId && e.EndedAt == null).ToListAsync(cancellationToken)) old.EndedAt = now;
        var entrustment = new GuardianEntrustment
        {
            ChildId = childId, Name = input.Name.Trim(), Phone = Clip(input.Phone?.Trim(), 32), Relation = Clip(input.Relation?.Trim(), 32),
            ToldOn = input.ToldOn, ToldHow = input.ToldHow, RecordedById = actor.PersonId, RecordedAt = now,
        };
        db.Entrustments.Add(entrustment);
        var gaps = await db.CareConcerns.Where(c => c.ChildId == childId && c.Kind == CareConcernKind.GuardianGap && c.ClosedAt == null).ToListAsync(cancellationToken);
        foreach (var gap in gaps)
        {
            gap.ClosedAt = now;
            gap.ClosedById = actor.PersonId;
        }
        await db.SaveChangesAsync(cancellationToken);
        var head = await HeadTeacherAsync(db, child, cancellationToken);
        return ToInfo(entrustment, child.Name, gaps.Count, head);
    }

    public async Task<IReadOnlyList<GuardianGapChild>> GetOpenGuardianGapsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.Role is ActorRole.Guardian) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var visible = policy.Visible(db, actor);
        var rows = await db.CareConcerns.AsNoTracking()
            .Where(c => c.Kind == CareConcernKind.GuardianGap && c.ClosedAt == null && visible.Any(v => v.Id == c.ChildId))
            .Select(c => new { c.Id, c.ChildId, c.Child!.Name, c.RaisedAt, c.DueAt }).ToListAsync(cancellationToken);
        foreach (var r in rows) policy.Audit(db, actor, "care.gap.read", r.ChildId, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.OrderBy(r => r.RaisedAt).ThenBy(r => r.ChildId).DistinctBy(r => r.ChildId)
            .Select(r => new GuardianGapChild(r.ChildId, r.Name, r.Id, r.DueAt)).ToList();
    }

    public async Task<EntrustmentInfo?> GetEntrustedGuardianAsync(Actor actor, int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, actor, childId, "care.guardian.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (child is null) return null;
        var e = await db.Entrustments.AsNoTracking().Where(x => x.ChildId == childId && x.EndedAt == null).OrderByDescending(x => x.Id).FirstOrDefaultAsync(cancellationToken);
        return e is null ? null : ToInfo(e, child.Name, 0, await HeadTeacherAsync(db, child, cancellationToken));
    }

    public async Task<WeeklyTalkResult> RecordTalkAsync(Actor actor, int childId, WeeklyTalkInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Role != ActorRole.Teacher || actor.PersonId is not { } teacherId) throw new ArchiveException(ArchiveError.Forbidden, "only teachers keep the weekly talk");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "care.talk.write", cancellationToken);
        var now = time.GetUtcNow();
        var talk = await db.WeeklyTalks.FirstOrDefaultAsync(t => t.ChildId == childId && t.WeekOf == input.WeekOf, cancellationToken);
        if (talk is null) db.WeeklyTalks.Add(talk = new WeeklyTalk { ChildId = childId, WeekOf = input.WeekOf });
        talk.TeacherId = teacherId;
        talk.Study = input.Study;
        talk.Life = input.Life;
        talk.Mood = input.Mood;
        talk.Friends = input.Friends;
        talk.Health = input.Health;
        talk.Note = Clip(input.Note?.Trim(), MaxText);
        talk.HeldBack = input.HeldBack;
        talk.RecordedAt = now;

        var previous = await db.WeeklyTalks.AsNoTracking().Where(t => t.ChildId == childId && t.WeekOf < input.WeekOf)
            .OrderByDescending(t => t.WeekOf).FirstOrDefaultAsync(cancellationToken);
        var reason = WellbeingReason(input, previous);
        CareConcern? concern = null;
        if (reason is not null)
        {
            // One open wellbeing concern per child: a later week adds to the same follow-up rather than a second task.
            concern = await db.CareConcerns.FirstOrDefaultAsync(c => c.ChildId == childId && c.Kind == CareConcernKind.Wellbeing && c.ClosedAt == null, cancellationToken);
            if (concern is null)
            {
                db.CareConcerns.Add(concern = new CareConcern
                {
                    ChildId = childId, Kind = CareConcernKind.Wellbeing, Reason = reason, Text = talk.Note,
                    RaisedById = teacherId, RaisedAt = now, DueAt = now + CareRules.FollowUpDue,
                });
            }
            else
            {
                concern = null;
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var parents = await db.FamilyLinks.AsNoTracking().Where(f => f.ChildId == childId && f.Role != FamilyRole.Guardian && f.Person!.ErasedAt == null)
            .OrderBy(f => f.Role).Select(f => new PersonRef(f.PersonId, f.Person!.Name)).ToListAsync(cancellationToken);
        var info = concern is null ? null : ToInfo(concern, child.Name, isNew: true, await StaffAsync(db, child, CareConcernKind.Wellbeing, cancellationToken));
        return new WeeklyTalkResult(ToInfo(talk, child.Name), info, parents);
    }

    public async Task<IReadOnlyList<WeeklyTalkInfo>> GetTalksAsync(Actor actor, int childId, int count, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var name = await policy.ReadNameAsync(db, actor, childId, "care.talk.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (name is null) return [];
        var talks = await db.WeeklyTalks.AsNoTracking().Where(t => t.ChildId == childId).OrderByDescending(t => t.WeekOf).Take(Math.Clamp(count, 1, 200)).ToListAsync(cancellationToken);
        return talks.Select(t => ToInfo(t, name)).ToList();
    }

    public async Task<IReadOnlyList<CareConcernInfo>> GetOpenConcernsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var visible = policy.Visible(db, actor);
        var rows = await db.CareConcerns.AsNoTracking().Where(c => c.ClosedAt == null && visible.Any(v => v.Id == c.ChildId))
            .Select(c => new { Concern = c, c.Child!.Name }).ToListAsync(cancellationToken);
        foreach (var r in rows) policy.Audit(db, actor, "care.concern.read", r.Concern.ChildId, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows.OrderBy(r => r.Concern.DueAt).Select(r => ToInfo(r.Concern, r.Name, isNew: false, [])).ToList();
    }

    public async Task<bool> CloseConcernAsync(Actor actor, int concernId, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return false;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var concern = await db.CareConcerns.FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
        if (concern is null) return false;
        var child = await policy.ReadAsync(db, actor, concern.ChildId, "care.concern.close", cancellationToken);
        if (child is null || concern.ClosedAt is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
        concern.ClosedAt = time.GetUtcNow();
        concern.ClosedById = actor.PersonId;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<int> RecordVisitAsync(Actor actor, int childId, CareVisitKind kind, DateOnly on, string? note, CancellationToken cancellationToken = default)
    {
        if (actor.Role != ActorRole.Teacher || actor.PersonId is not { } teacherId) throw new ArchiveException(ArchiveError.Forbidden, "only teachers log visits");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await policy.RequireAsync(db, actor, childId, "care.visit.write", cancellationToken);
        var visit = new CareVisit { ChildId = childId, TeacherId = teacherId, Kind = kind, On = on, Note = Clip(note?.Trim(), 2000), RecordedAt = time.GetUtcNow() };
        db.CareVisits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return visit.Id;
    }

    public async Task<HomeVisitInfo> RecordHomeVisitAsync(Actor actor, int childId, HomeVisitInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Role != ActorRole.Teacher || actor.PersonId is not { } teacherId) throw new ArchiveException(ArchiveError.Forbidden, "only teachers record home visits");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "care.homevisit.write", cancellationToken);
        var visit = await db.CareVisits.FirstOrDefaultAsync(v => v.ChildId == childId && v.Kind == CareVisitKind.HomeVisit && v.On == input.On, cancellationToken);
        if (visit is null) db.CareVisits.Add(visit = new CareVisit { ChildId = childId, Kind = CareVisitKind.HomeVisit, On = input.On });
        visit.TeacherId = teacherId;
        visit.HomeSafety = input.HomeSafety;
        visit.GuardianCare = input.GuardianCare;
        visit.StudyPlace = input.StudyPlace;
        visit.Mood = input.Mood;
        visit.Note = Clip(input.Note?.Trim(), 2000);
        visit.RecordedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ToHomeVisit(visit, child.Name);
    }

    public async Task<IReadOnlyList<HomeVisitInfo>> GetHomeVisitsAsync(Actor actor, int childId, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var name = await policy.ReadNameAsync(db, actor, childId, "care.homevisit.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (name is null) return [];
        var visits = await db.CareVisits.AsNoTracking().Where(v => v.ChildId == childId && v.Kind == CareVisitKind.HomeVisit).OrderByDescending(v => v.On).ToListAsync(cancellationToken);
        return visits.Select(v => ToHomeVisit(v, name)).ToList();
    }

    private static HomeVisitInfo ToHomeVisit(CareVisit v, string childName) =>
        new(v.Id, v.ChildId, childName, v.On, v.HomeSafety ?? TalkMark.Fair, v.GuardianCare ?? TalkMark.Fair, v.StudyPlace ?? TalkMark.Fair, v.Mood ?? TalkMark.Fair, v.Note);

    public async Task<IReadOnlyList<TermNotice>> GetTermNoticesAsync(Actor actor, DateOnly from, DateOnly to, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor) || actor.Role == ActorRole.CountyViewer) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var notices = await TermNoticeReader.ReadAsync(db, policy.Visible(db, actor), from, to, zone, cancellationToken);
        foreach (var n in notices) policy.Audit(db, actor, "care.term-notice.read", n.ChildId, true);
        await db.SaveChangesAsync(cancellationToken);
        return notices;
    }

    public async Task<CareReport> GetCareReportAsync(Actor actor, DateOnly from, DateOnly to, DateTimeOffset fromUtc, DateTimeOffset toUtc, int schoolWeeks, CancellationToken cancellationToken = default)
    {
        var county = actor.Role == ActorRole.CountyViewer;
        if (!county && !AccessPolicy.IsStaff(actor)) return new CareReport(from, to, [], 0, 0, 0, 0, 0);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var visible = county ? policy.Visible(db, Actor.Scheduler) : policy.Visible(db, actor);
        var report = await CareReportReader.ReadAsync(db, visible, from, to, fromUtc, toUtc, schoolWeeks, Window(), cancellationToken);
        policy.Audit(db, actor, "care.report", null, true);
        await db.SaveChangesAsync(cancellationToken);
        // The county sums its schools: no teacher is named or identified.
        return county ? report with { Teachers = report.Teachers.Select(t => t with { TeacherId = 0, TeacherName = "" }).ToList() } : report;
    }

    public async Task<IReadOnlyList<FiveOnesChild>> GetFiveOnesAsync(Actor actor, DateOnly month, CancellationToken cancellationToken = default)
    {
        if (actor.Role != ActorRole.Teacher || actor.PersonId is not { } teacherId) return [];
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var mine = policy.Visible(db, actor).Where(c => c.PairedTeacherId == teacherId);
        var rows = await FiveOnesReader.ReadAsync(db, mine, [FiveOnes.MonthOf(month)], CareRules.Zone, time.GetUtcNow(), cancellationToken);
        policy.Audit(db, actor, "care.five-ones.read", null, true);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }

    private FiveOnesWindow Window()
    {
        var now = time.GetUtcNow();
        return new FiveOnesWindow(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CareRules.Zone).DateTime), now, CareRules.Zone, calendar.InSession);
    }

    public async Task AssignStaffRoleAsync(Actor actor, int personId, StaffRole role, CancellationToken cancellationToken = default)
    {
        if (actor.Role != ActorRole.Admin) throw new ArchiveException(ArchiveError.Forbidden, "only the school assigns staff roles");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == personId && p.Kind == PersonKind.Teacher && p.ErasedAt == null, cancellationToken)
            ?? throw ArchiveException.NotFound();
        if (!await db.StaffAssignments.AnyAsync(s => s.PersonId == personId && s.SchoolId == person.SchoolId && s.Role == role, cancellationToken))
            db.StaffAssignments.Add(new StaffAssignment { SchoolId = person.SchoolId, PersonId = personId, Role = role });
        policy.Audit(db, actor, "care.staff.assign", null, true);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>情绪 or 交友 needing care two records running, or a worrying note.</summary>
    internal static string? WellbeingReason(WeeklyTalkInput now, WeeklyTalk? previous)
    {
        if (previous is not null && now.Mood == TalkMark.NeedsCare && previous.Mood == TalkMark.NeedsCare) return "mood-twice";
        if (previous is not null && now.Friends == TalkMark.NeedsCare && previous.Friends == TalkMark.NeedsCare) return "friends-twice";
        return now.NoteWorrying ? "note" : null;
    }

    /// <summary>Those told at once: the head teacher; for wellbeing also the school's counsellors.</summary>
    private static async Task<IReadOnlyList<PersonRef>> StaffAsync(ArchiveDbContext db, Child child, CareConcernKind kind, CancellationToken ct)
    {
        var staff = new List<PersonRef>();
        if (await HeadTeacherAsync(db, child, ct) is { } head) staff.Add(head);
        if (kind == CareConcernKind.Wellbeing)
        {
            var counsellors = await db.StaffAssignments.AsNoTracking()
                .Where(s => s.SchoolId == child.SchoolId && s.Role == StaffRole.Counsellor && s.Person!.ErasedAt == null)
                .OrderBy(s => s.PersonId).Select(s => new PersonRef(s.PersonId, s.Person!.Name)).ToListAsync(ct);
            staff.AddRange(counsellors.Where(c => staff.All(s => s.Id != c.Id)));
        }
        return staff;
    }

    private static async Task<PersonRef?> HeadTeacherAsync(ArchiveDbContext db, Child child, CancellationToken ct)
    {
        var headId = child.Class?.HeadTeacherId ?? await db.Classes.Where(c => c.Id == child.ClassId).Select(c => c.HeadTeacherId).FirstOrDefaultAsync(ct);
        if (headId is not { } id) return null;
        return await db.Persons.AsNoTracking().Where(p => p.Id == id && p.ErasedAt == null).Select(p => new PersonRef(p.Id, p.Name)).FirstOrDefaultAsync(ct);
    }

    private static string? Clip(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];

    internal static CareConcernInfo ToInfo(CareConcern c, string childName, bool isNew, IReadOnlyList<PersonRef> staff) =>
        new(c.Id, c.ChildId, childName, c.Kind, c.Reason, c.Text, c.RaisedAt, c.DueAt, c.ClosedAt, isNew, staff);

    private static EntrustmentInfo ToInfo(GuardianEntrustment e, string childName, int closed, PersonRef? head) =>
        new(e.Id, e.ChildId, childName, e.Name, e.Phone, e.Relation, e.ToldOn, e.ToldHow, closed, head);

    private static WeeklyTalkInfo ToInfo(WeeklyTalk t, string childName) =>
        new(t.Id, t.ChildId, childName, t.TeacherId, t.WeekOf, t.Study, t.Life, t.Mood, t.Friends, t.Health, t.Note, t.HeldBack, t.RecordedAt);
}
