using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Roster;

/// <summary>
/// Upserts validated rows in one transaction. Children are matched by school + 学号; parents and guardians are
/// shared between siblings when name and phone match (a parent with several children binds once).
/// </summary>
internal sealed class RosterWriter(ArchiveDbContext db, DateTimeOffset now)
{
    private readonly Dictionary<string, School> _schools = [];
    private readonly Dictionary<(int, string), SchoolClass> _classes = [];
    private readonly Dictionary<(int, string), Person> _teachers = [];
    private readonly Dictionary<(int, PersonKind, string, string?), Person> _family = [];
    private readonly Dictionary<(int, string), Child> _children = [];

    public async Task<(int Imported, int Updated)> CountAsync(IReadOnlyList<RosterRow> rows, CancellationToken ct)
    {
        var names = rows.Select(r => r.School).Distinct().ToList();
        var existing = await db.Children.Where(c => names.Contains(c.School!.Name) && c.ErasedAt == null)
            .Select(c => new { School = c.School!.Name, c.StudentNumber }).ToListAsync(ct);
        var set = existing.Select(e => (e.School, e.StudentNumber)).ToHashSet();
        var updated = rows.Count(r => set.Contains((r.School, r.StudentNumber)));
        return (rows.Count - updated, updated);
    }

    /// <summary>Call inside a transaction: new schools are saved first so every row can key on the school id.</summary>
    public async Task<(int Imported, int Updated)> WriteAsync(IReadOnlyList<RosterRow> rows, CancellationToken ct)
    {
        await LoadAsync(rows, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        int imported = 0, updated = 0;
        foreach (var r in rows)
        {
            var school = _schools[r.School];
            var cls = Class(school.Id, r.Class);
            if (r.HeadTeacher is not null) cls.HeadTeacher = Teacher(school.Id, r.HeadTeacher);
            if (_children.TryGetValue((school.Id, r.StudentNumber), out var child))
            {
                updated++;
            }
            else
            {
                child = new Child { StudentNumber = r.StudentNumber, Name = r.Name, SchoolId = school.Id, CreatedAt = now };
                db.Children.Add(child);
                _children[(school.Id, r.StudentNumber)] = child;
                imported++;
            }
            child.Name = r.Name;
            child.Class = cls;
            child.Gender = r.Gender;
            child.BirthDate = r.BirthDate;
            child.LeftBehindType = r.LeftBehindType;
            child.GuardianRelation = r.GuardianRelation;
            child.PairedTeacher = r.PairedTeacher is null ? null : Teacher(school.Id, r.PairedTeacher);
            if (r.PairedTeacher is null) child.PairedTeacherId = null;
            child.UpdatedAt = now;
            Link(child, school.Id, FamilyRole.Father, PersonKind.Parent, r.Father);
            Link(child, school.Id, FamilyRole.Mother, PersonKind.Parent, r.Mother);
            Link(child, school.Id, FamilyRole.Guardian, PersonKind.Guardian, r.Guardian);
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return (imported, updated);
    }

    private void Link(Child child, int schoolId, FamilyRole role, PersonKind kind, RosterPerson? who)
    {
        var link = child.Family.FirstOrDefault(f => f.Role == role);
        if (who is null)
        {
            if (link is not null)
            {
                child.Family.Remove(link);
                db.FamilyLinks.Remove(link);
            }
            return;
        }
        if (link?.Person is Person current && current.Name == who.Name)
        {
            // Same person: refresh contact details (a new phone number is the common change).
            current.Phone = who.Phone ?? current.Phone;
            current.Workplace = who.Workplace ?? current.Workplace;
            return;
        }
        var person = FamilyPerson(schoolId, kind, who);
        if (link is null)
        {
            link = new FamilyLink { Role = role, Child = child, Person = person };
            child.Family.Add(link);
            db.FamilyLinks.Add(link);
        }
        else
        {
            link.Person = person;
        }
    }

    private Person FamilyPerson(int schoolId, PersonKind kind, RosterPerson who)
    {
        var key = (schoolId, kind, who.Name, who.Phone);
        if (_family.TryGetValue(key, out var p))
        {
            if (who.Workplace is not null) p.Workplace = who.Workplace;
            return p;
        }
        p = new Person { SchoolId = schoolId, Kind = kind, Name = who.Name, Phone = who.Phone, Workplace = who.Workplace, CreatedAt = now };
        db.Persons.Add(p);
        _family[key] = p;
        return p;
    }

    private SchoolClass Class(int schoolId, string name)
    {
        if (_classes.TryGetValue((schoolId, name), out var c)) return c;
        c = new SchoolClass { Name = name, SchoolId = schoolId };
        db.Classes.Add(c);
        _classes[(schoolId, name)] = c;
        return c;
    }

    private Person Teacher(int schoolId, string name)
    {
        if (_teachers.TryGetValue((schoolId, name), out var t)) return t;
        t = new Person { SchoolId = schoolId, Kind = PersonKind.Teacher, Name = name, CreatedAt = now };
        db.Persons.Add(t);
        _teachers[(schoolId, name)] = t;
        return t;
    }

    private async Task LoadAsync(IReadOnlyList<RosterRow> rows, CancellationToken ct)
    {
        var names = rows.Select(r => r.School).Distinct().ToList();
        foreach (var s in await db.Schools.Where(s => names.Contains(s.Name)).ToListAsync(ct)) _schools[s.Name] = s;
        foreach (var name in names.Where(n => !_schools.ContainsKey(n)))
        {
            var s = new School { Name = name };
            db.Schools.Add(s);
            _schools[name] = s;
        }
        await db.SaveChangesAsync(ct);
        var ids = _schools.Values.Select(s => s.Id).ToList();
        foreach (var c in await db.Classes.Where(c => ids.Contains(c.SchoolId)).ToListAsync(ct)) _classes[(c.SchoolId, c.Name)] = c;
        foreach (var p in await db.Persons.Where(p => ids.Contains(p.SchoolId) && p.ErasedAt == null).ToListAsync(ct))
        {
            if (p.Kind == PersonKind.Teacher) _teachers.TryAdd((p.SchoolId, p.Name), p);
            else _family.TryAdd((p.SchoolId, p.Kind, p.Name, p.Phone), p);
        }
        foreach (var c in await db.Children.Include(c => c.Family).Where(c => ids.Contains(c.SchoolId) && c.ErasedAt == null).ToListAsync(ct))
        {
            _children[(c.SchoolId, c.StudentNumber)] = c;
        }
    }
}
