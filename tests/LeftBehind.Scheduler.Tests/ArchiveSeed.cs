using System.Text.Json;
using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Scheduler;

/// <summary>Writes believable families straight into the archive, each person bound to a test channel as u{personId}.</summary>
internal sealed class ArchiveSeed(SchedulerHarness harness)
{
    public async Task<School> SchoolAsync(string name = "阳光小学")
    {
        await using var db = harness.Db();
        var school = new School { Name = name };
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school;
    }

    public async Task<(SchoolClass Class, int HeadTeacherId)> ClassAsync(School school, string name = "三年级(1)班", bool bindHeadTeacher = true)
    {
        await using var db = harness.Db();
        var head = NewPerson(school, PersonKind.Teacher, "李红梅");
        db.Persons.Add(head);
        await db.SaveChangesAsync();
        var cls = new SchoolClass { SchoolId = school.Id, Name = name, HeadTeacherId = head.Id };
        db.Classes.Add(cls);
        await db.SaveChangesAsync();
        if (bindHeadTeacher) await BindAsync(head.Id, InviteRole.Teacher);
        return (cls, head.Id);
    }

    public async Task<int> TeacherAsync(School school, string name = "王芳", bool bind = true)
    {
        await using var db = harness.Db();
        var t = NewPerson(school, PersonKind.Teacher, name);
        db.Persons.Add(t);
        await db.SaveChangesAsync();
        if (bind) await BindAsync(t.Id, InviteRole.Teacher);
        return t.Id;
    }

    /// <summary>A child with a father, a mother and a guardian (each optional, each bound unless told otherwise).</summary>
    public async Task<SeededFamily> FamilyAsync(School school, SchoolClass cls, string childName, bool father = true, bool mother = true, bool guardian = true,
        int? pairedTeacherId = null, bool bindGuardian = true, bool bindParents = true)
    {
        await using var db = harness.Db();
        var child = new Child
        {
            SchoolId = school.Id, ClassId = cls.Id, StudentNumber = Guid.NewGuid().ToString("n")[..10], Name = childName,
            LeftBehindType = LeftBehindType.BothParents, GuardianRelation = guardian ? GuardianRelation.Grandparents : GuardianRelation.None,
            PairedTeacherId = pairedTeacherId, CreatedAt = harness.Clock.GetUtcNow(), UpdatedAt = harness.Clock.GetUtcNow(),
        };
        db.Children.Add(child);
        Person? f = father ? NewPerson(school, PersonKind.Parent, childName + "爸爸") : null;
        Person? m = mother ? NewPerson(school, PersonKind.Parent, childName + "妈妈") : null;
        Person? g = guardian ? NewPerson(school, PersonKind.Guardian, childName + "爷爷") : null;
        foreach (var p in new[] { f, m, g }.OfType<Person>()) db.Persons.Add(p);
        await db.SaveChangesAsync();
        if (f is not null) db.FamilyLinks.Add(new FamilyLink { ChildId = child.Id, PersonId = f.Id, Role = FamilyRole.Father });
        if (m is not null) db.FamilyLinks.Add(new FamilyLink { ChildId = child.Id, PersonId = m.Id, Role = FamilyRole.Mother });
        if (g is not null) db.FamilyLinks.Add(new FamilyLink { ChildId = child.Id, PersonId = g.Id, Role = FamilyRole.Guardian });
        // Agreed on paper at enrolment: the outbox holds routine messages for a bound parent without consent (issue #14).
        foreach (var p in new[] { f, m, g }.OfType<Person>())
            db.Consents.Add(new ConsentRecord { PersonId = p.Id, Purpose = "paper consent at enrolment", TextVersion = "paper", GivenAt = harness.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        if (f is not null && bindParents) await BindAsync(f.Id, InviteRole.Father);
        if (m is not null && bindParents) await BindAsync(m.Id, InviteRole.Mother);
        if (g is not null && bindGuardian) await BindAsync(g.Id, InviteRole.Guardian);
        return new SeededFamily(child.Id, childName, f?.Id, m?.Id, g?.Id);
    }

    /// <summary>Binds the person on <paramref name="channel"/> as user u{id} (a second channel gets its own user id).</summary>
    public async Task BindAsync(int personId, InviteRole role, string channel = "test", DateTimeOffset? updatedAt = null)
    {
        await using var db = harness.Db();
        var userId = channel == "test" ? $"u{personId}" : $"u{personId}-{channel}";
        var reference = new ConversationReference
        {
            ChannelId = channel,
            ServiceUrl = "http://127.0.0.1:9/",
            User = new ChannelAccount { Id = userId },
            Bot = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = $"conv-{userId}" },
        };
        var at = updatedAt ?? harness.Clock.GetUtcNow();
        db.ChannelBindings.Add(new ChannelBinding
        {
            PersonId = personId, ChannelId = channel, ChannelUserId = userId, Role = role,
            ConversationReferenceJson = JsonSerializer.Serialize(reference, BotJson.Options), BoundAt = at, UpdatedAt = at,
        });
        await db.SaveChangesAsync();
    }

    public async Task PreferAsync(int personId, Action<PersonPreference> configure)
    {
        await using var db = harness.Db();
        var pref = new PersonPreference { PersonId = personId };
        configure(pref);
        db.Preferences.Add(pref);
        await db.SaveChangesAsync();
    }

    public async Task AddAsync(params object[] entities)
    {
        await using var db = harness.Db();
        foreach (var e in entities) db.Add(e);
        await db.SaveChangesAsync();
    }

    private Person NewPerson(School school, PersonKind kind, string name) =>
        new() { SchoolId = school.Id, Kind = kind, Name = name, CreatedAt = harness.Clock.GetUtcNow() };
}
