using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class AttendanceService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : IAttendanceService
{
    /// <summary>A parent's most frequent question ("这周上学了吗"): compiled once per provider (issue 16).</summary>
    private static readonly CompiledPerContext<Func<ArchiveDbContext, int, DateOnly, DateOnly, IAsyncEnumerable<AttendanceDay>>> DaysOf = new(() =>
        EF.CompileAsyncQuery((ArchiveDbContext db, int childId, DateOnly from, DateOnly to) => db.Attendance.AsNoTracking()
            .Where(a => a.ChildId == childId && a.Date >= from && a.Date <= to)
            .OrderBy(a => a.Date)
            .Select(a => new AttendanceDay(a.Date, a.Status, a.Reason))));

    public async Task<AttendanceReport?> GetAsync(Actor actor, int childId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from) throw new ArchiveException(ArchiveError.Invalid, "to is before from");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var name = await policy.ReadNameAsync(db, actor, childId, "attendance.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (name is null) return null;
        var days = new List<AttendanceDay>();
        await foreach (var d in DaysOf.For(db)(db, childId, from, to).WithCancellation(cancellationToken)) days.Add(d);
        var counts = Enum.GetValues<AttendanceStatus>().ToDictionary(s => s, s => days.Count(d => d.Status == s));
        return new AttendanceReport(childId, name, from, to, counts, days);
    }

    public async Task<ClassAttendanceResult> RecordClassAsync(Actor teacher, int classId, DateOnly date, IReadOnlyCollection<string> absentNames, string? reason = null, IReadOnlyCollection<string>? lateNames = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var cls = await db.Classes.FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (cls is null || !(teacher.Role == ActorRole.Admin || (teacher.Role == ActorRole.Teacher && cls.HeadTeacherId == teacher.PersonId)))
        {
            throw ArchiveException.NotFound();
        }
        var children = await db.Children.Where(c => c.ClassId == classId && c.ErasedAt == null).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        static List<string> Clean(IEnumerable<string> names) => names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
        var wanted = Clean(absentNames);
        var wantedLate = Clean(lateNames ?? []).Where(n => !wanted.Contains(n)).ToList();
        var matches = wanted.Concat(wantedLate).ToDictionary(n => n, n => Matching(children, n));
        if (Refusal(matches) is { } refused) return refused;

        var lateIds = wantedLate.Select(n => matches[n][0].Id).ToHashSet();
        var absentIds = wanted.Select(n => matches[n][0].Id).Where(id => !lateIds.Contains(id)).ToHashSet();
        var ids = children.Select(c => c.Id).ToList();
        var existing = await db.Attendance.Where(a => ids.Contains(a.ChildId) && a.Date == date).ToDictionaryAsync(a => a.ChildId, cancellationToken);
        var now = time.GetUtcNow();
        var day = new Dictionary<int, AttendanceStatus>();
        foreach (var c in children)
        {
            var status = lateIds.Contains(c.Id) ? AttendanceStatus.Late : absentIds.Contains(c.Id) ? AttendanceStatus.Absent : AttendanceStatus.Present;
            if (existing.TryGetValue(c.Id, out var rec))
            {
                // The day's record only grows: a second "缺：刘阳" adds 刘阳 and leaves 王小明's absence, and a leave or
                // sick day reported by the family stays; a correction is explicit (RecordAsync), never a side effect.
                // A child said late did come: that is written over what was there.
                if ((status == AttendanceStatus.Present && rec.Status != AttendanceStatus.Present)
                    || (status == AttendanceStatus.Absent && rec.Status is AttendanceStatus.Leave or AttendanceStatus.Sick))
                {
                    day[c.Id] = rec.Status;
                    continue;
                }
            }
            else
            {
                rec = new AttendanceRecord { ChildId = c.Id, Date = date };
                db.Attendance.Add(rec);
            }
            rec.Status = status;
            rec.Reason = status == AttendanceStatus.Absent ? reason : null;
            rec.RecordedById = teacher.PersonId;
            rec.RecordedAt = now;
            day[c.Id] = status;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Totals(children, day);
    }

    /// <summary>The day's totals over the class: who came (late is there), who did not, by name, and who is not recorded.</summary>
    private static ClassAttendanceResult Totals(List<Child> children, Dictionary<int, AttendanceStatus> day)
    {
        var absent = children.Where(c => day.TryGetValue(c.Id, out var s) && !Came(s)).Select(c => c.Name).ToList();
        return new ClassAttendanceResult(day.Values.Count(Came), absent.Count, [], [])
        {
            AbsentNames = absent,
            LateNames = children.Where(c => day.TryGetValue(c.Id, out var s) && s == AttendanceStatus.Late).Select(c => c.Name).ToList(),
            Unrecorded = children.Count(c => !day.ContainsKey(c.Id)),
        };
    }

    /// <summary>Late is there: the question is who did not come.</summary>
    private static bool Came(AttendanceStatus s) => s is AttendanceStatus.Present or AttendanceStatus.Late;

    public async Task<ClassDay?> GetClassDayAsync(Actor teacher, int classId, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var cls = await db.Classes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        var allowed = cls is not null && (teacher.Role == ActorRole.Admin || (teacher.Role == ActorRole.Teacher && cls.HeadTeacherId == teacher.PersonId));
        policy.Audit(db, teacher, "attendance.class.read", null, allowed);
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed) return null;
        var children = await db.Children.AsNoTracking().Where(c => c.ClassId == classId && c.ErasedAt == null)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var ids = children.Select(c => c.Id).ToList();
        var statuses = await db.Attendance.AsNoTracking().Where(a => ids.Contains(a.ChildId) && a.Date == date)
            .ToDictionaryAsync(a => a.ChildId, a => a.Status, cancellationToken);
        var absent = children.Where(c => statuses.TryGetValue(c.Id, out var s) && !Came(s)).Select(c => c.Name).ToList();
        var present = statuses.Count(kv => Came(kv.Value));
        return new ClassDay(children.Count, present, absent, children.Count - statuses.Count);
    }

    public async Task<ClassAttendanceResult> CorrectAsync(Actor teacher, int classId, DateOnly date, string name, AttendanceStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var cls = await db.Classes.FirstOrDefaultAsync(c => c.Id == classId, cancellationToken);
        if (cls is null || !(teacher.Role == ActorRole.Admin || (teacher.Role == ActorRole.Teacher && cls.HeadTeacherId == teacher.PersonId)))
        {
            throw ArchiveException.NotFound();
        }
        var children = await db.Children.Where(c => c.ClassId == classId && c.ErasedAt == null).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var wanted = name.Trim();
        var matches = Matching(children, wanted);
        if (Refusal(new Dictionary<string, List<Child>> { [wanted] = matches }) is { } refused) return refused;
        await UpsertAsync(db, matches[0].Id, date, status, null, teacher.PersonId, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var ids = children.Select(c => c.Id).ToList();
        var day = await db.Attendance.Where(a => ids.Contains(a.ChildId) && a.Date == date).ToDictionaryAsync(a => a.ChildId, a => a.Status, cancellationToken);
        return Totals(children, day) with { ChildName = matches[0].Name };
    }

    /// <summary>
    /// The children a name on the teacher's list means: the child of that full name, else (no such full name) every
    /// child whose given name it is ("小明" for 王小明, as the class calls him; two characters at least).
    /// </summary>
    private static List<Child> Matching(List<Child> children, string name)
    {
        var full = children.Where(c => c.Name == name).ToList();
        return full.Count > 0 || name.Length < MinGivenNameLength ? full
            : children.Where(c => c.Name.Length > name.Length && c.Name.EndsWith(name, StringComparison.Ordinal)).ToList();
    }

    private const int MinGivenNameLength = 2;

    /// <summary>Nothing is written while a name is no child of the class or more than one: the teacher is asked to say which.</summary>
    private static ClassAttendanceResult? Refusal(Dictionary<string, List<Child>> matches)
    {
        var unknown = matches.Where(m => m.Value.Count == 0).Select(m => m.Key).ToList();
        var ambiguous = matches.Where(m => m.Value.Count > 1).ToList();
        if (unknown.Count == 0 && ambiguous.Count == 0) return null;
        return new ClassAttendanceResult(0, 0, unknown, ambiguous.Select(m => m.Key).ToList())
        {
            // A shared given name is asked about by the full names; two children of one full name by their number.
            Candidates = ambiguous.Where(m => m.Value.Select(c => c.Name).Distinct().Count() > 1)
                .ToDictionary(m => m.Key, m => (IReadOnlyList<string>)m.Value.Select(c => c.Name).Distinct().ToList()),
        };
    }

    public async Task RecordAsync(Actor actor, int childId, DateOnly date, AttendanceStatus status, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.IsStaff(actor)) throw ArchiveException.NotFound();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await policy.RequireAsync(db, actor, childId, "attendance.write", cancellationToken);
        await UpsertAsync(db, childId, date, status, reason, actor.PersonId, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static async Task UpsertAsync(ArchiveDbContext db, int childId, DateOnly date, AttendanceStatus status, string? reason, int? by, DateTimeOffset now, CancellationToken ct)
    {
        var rec = db.Attendance.Local.FirstOrDefault(a => a.ChildId == childId && a.Date == date)
            ?? await db.Attendance.FirstOrDefaultAsync(a => a.ChildId == childId && a.Date == date, ct);
        if (rec is null)
        {
            rec = new AttendanceRecord { ChildId = childId, Date = date };
            db.Attendance.Add(rec);
        }
        rec.Status = status;
        rec.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        rec.RecordedById = by;
        rec.RecordedAt = now;
    }
}
