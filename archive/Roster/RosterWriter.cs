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

    /// <summary>
    /// Call inside a transaction. Three passes keyed by ids (people and classes, then children, then family links) so
    /// EF never walks a growing object graph: the cost stays linear in the number of rows.
    /// </summary>
    public async Task<(int Imported, int Updated)> WriteAsync(IReadOnlyList<RosterRow> rows, CancellationToken ct)
    {
        await LoadAsync(rows, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var resolved = new List<(RosterRow Row, SchoolClass Class, Person? Head, Person? Paired, Person? Father, Person? Mother, Person? Guardian)>(rows.Count);
        foreach (var r in rows)
        {
            var schoolId = _schools[r.School].Id;
            _children.TryGetValue((schoolId, r.StudentNumber), out var existing);
            resolved.Add((r, Class(schoolId, r.Class),
                r.HeadTeacher is null ? null : Teacher(schoolId, r.HeadTeacher),
                r.PairedTeacher is null ? null : Teacher(schoolId, r.PairedTeacher),
                Resolve(existing, schoolId, FamilyRole.Father, PersonKind.Parent, r.Father),
                Resolve(existing, schoolId, FamilyRole.Mother, PersonKind.Parent, r.Mother),
                Resolve(existing, schoolId, FamilyRole.Guardian, PersonKind.Guardian, r.Guardian)));
        }
        await SaveAsync(ct);

        int imported = 0, updated = 0;
        foreach (var (r, cls, head, paired, _, _, _) in resolved)
        {
            var schoolId = _schools[r.School].Id;
            if (head is not null) cls.HeadTeacherId = head.Id;
            if (_children.TryGetValue((schoolId, r.StudentNumber), out var child))
            {
                updated++;
            }
            else
            {
                child = new Child { StudentNumber = r.StudentNumber, Name = r.Name, SchoolId = schoolId, CreatedAt = now };
                db.Children.Add(child);
                _children[(schoolId, r.StudentNumber)] = child;
                imported++;
            }
            child.Name = r.Name;
            child.ClassId = cls.Id;
            child.Gender = r.Gender;
            child.BirthDate = r.BirthDate;
            child.LeftBehindType = r.LeftBehindType;
            child.GuardianRelation = r.GuardianRelation;
            child.PairedTeacherId = paired?.Id;
            child.UpdatedAt = now;
        }
        await SaveAsync(ct);

        foreach (var (r, _, _, _, father, mother, guardian) in resolved)
        {
            var child = _children[(_schools[r.School].Id, r.StudentNumber)];
            Link(child, FamilyRole.Father, father);
            Link(child, FamilyRole.Mother, mother);
            Link(child, FamilyRole.Guardian, guardian);
        }
        await SaveAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return (imported, updated);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The person for a role: the one already linked when the name is unchanged (contact details refreshed), else shared or new.</summary>
    private Person? Resolve(Child? existing, int schoolId, FamilyRole role, PersonKind kind, RosterPerson? who)
    {
        if (who is null) return null;
        var link = existing?.Family.FirstOrDefault(f => f.Role == role);
        if (link?.Person is Person current && current.Name == who.Name)
        {
            // Same person: refresh contact details (a new phone number is the common change).
            current.Phone = who.Phone ?? current.Phone;
            current.Workplace = who.Workplace ?? current.Workplace;
            return current;
        }
        return FamilyPerson(schoolId, kind, who);
    }

    private void Link(Child child, FamilyRole role, Person? person)
    {
        var link = child.Family.FirstOrDefault(f => f.Role == role);
        if (person is null)
        {
            if (link is not null)
            {
                child.Family.Remove(link);
                db.FamilyLinks.Remove(link);
            }
            return;
        }
        if (link is null)
        {
            link = new FamilyLink { Role = role, ChildId = child.Id, PersonId = person.Id };
            child.Family.Add(link);
            db.FamilyLinks.Add(link);
        }
        else if (link.PersonId != person.Id)
        {
            link.Person = null;
            link.PersonId = person.Id;
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
        if (_classes.TryGetValue((schoolId, ClassKey(name)), out var c)) return c;
        c = new SchoolClass { Name = name, SchoolId = schoolId };
        db.Classes.Add(c);
        _classes[(schoolId, ClassKey(name))] = c;
        return c;
    }

    /// <summary>
    /// A class as a school means it: 三年级（1）班 typed with a Chinese input method's full-width brackets or digits, or
    /// with spaces, is the 三年级(1)班 already on file, not a second class (its stored name stays as first written).
    /// </summary>
    private static string ClassKey(string name) =>
        string.Concat(name.Normalize(System.Text.NormalizationForm.FormKC).Where(ch => !char.IsWhiteSpace(ch)));

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
        foreach (var c in await db.Classes.Where(c => ids.Contains(c.SchoolId)).ToListAsync(ct)) _classes.TryAdd((c.SchoolId, ClassKey(c.Name)), c);
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
