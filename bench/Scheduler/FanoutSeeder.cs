using System.Text.Json;
using LeftBehind.Archive;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeftBehind.Bench.Scheduler;

/// <summary>
/// A county's worth of families in a fresh SQLite archive: each child with a father and a mother working away and a
/// guardian at home, all three bound to a channel whose serviceUrl is the sink. Returns the person ids.
/// </summary>
internal static class FanoutSeeder
{
    public static async Task<IReadOnlyList<int>> SeedAsync(string connectionString, int children, string serviceUrl)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = StorageProvider.Sqlite;
            o.ConnectionString = connectionString;
        });
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        await using var sp = services.BuildServiceProvider();
        await sp.GetRequiredService<ArchiveMigrator>().StartAsync(CancellationToken.None);
        var dbs = sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_790_000_000);

        int schoolId, classId;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var school = new School { Name = "平江县第一小学" };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            var cls = new SchoolClass { SchoolId = school.Id, Name = "全县" };
            db.Classes.Add(cls);
            await db.SaveChangesAsync();
            (schoolId, classId) = (school.Id, cls.Id);
        }

        var ids = new List<int>(children * 3);
        const int batch = 2000;
        for (var start = 0; start < children; start += batch)
        {
            await using var db = await dbs.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var count = Math.Min(batch, children - start);
            var kids = new List<Child>(count);
            var people = new List<(Person Person, FamilyRole Role, int Kid)>(count * 3);
            for (var i = 0; i < count; i++)
            {
                var n = start + i;
                var child = new Child
                {
                    SchoolId = schoolId, ClassId = classId, StudentNumber = $"S{n:D6}", Name = $"学生{n}", LeftBehindType = LeftBehindType.BothParents,
                    GuardianRelation = GuardianRelation.Grandparents, CreatedAt = now, UpdatedAt = now,
                };
                kids.Add(child);
                foreach (var (kind, role, label) in new[] { (PersonKind.Parent, FamilyRole.Father, "爸爸"), (PersonKind.Parent, FamilyRole.Mother, "妈妈"), (PersonKind.Guardian, FamilyRole.Guardian, "爷爷") })
                    people.Add((new Person { SchoolId = schoolId, Kind = kind, Name = $"学生{n}{label}", CreatedAt = now }, role, i));
            }

            db.Children.AddRange(kids);
            db.Persons.AddRange(people.Select(p => p.Person));
            await db.SaveChangesAsync();
            foreach (var (person, role, kid) in people)
            {
                db.FamilyLinks.Add(new FamilyLink { ChildId = kids[kid].Id, PersonId = person.Id, Role = role });
                var user = $"u{person.Id}";
                var reference = new ConversationReference
                {
                    ChannelId = "sms", ServiceUrl = serviceUrl, User = new ChannelAccount { Id = user }, Bot = new ChannelAccount { Id = "bot" },
                    Conversation = new ConversationAccount { Id = "conv-" + user },
                };
                db.ChannelBindings.Add(new ChannelBinding
                {
                    PersonId = person.Id, ChannelId = "sms", ChannelUserId = user, Role = role switch { FamilyRole.Father => InviteRole.Father, FamilyRole.Mother => InviteRole.Mother, _ => InviteRole.Guardian },
                    ConversationReferenceJson = JsonSerializer.Serialize(reference, BotJson.Options), BoundAt = now, UpdatedAt = now,
                });
                ids.Add(person.Id);
            }

            await db.SaveChangesAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return ids;
    }
}
