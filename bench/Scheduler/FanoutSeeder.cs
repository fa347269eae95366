using System.Data.Common;
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
/// guardian at home, all three bound to a channel whose serviceUrl is the sink. Returns the person ids. Table and column
/// names are the archive's (its SQLite migration); the schema itself comes from running that migration.
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

        // Plain prepared inserts in one transaction: the archive's migrations made the tables, this only fills them fast.
        var ids = new List<int>(children * 3);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            var ticks = now.UtcTicks;
            var child = Prepare(connection, tx, "INSERT INTO archive_children (Id, SchoolId, ClassId, StudentNumber, Name, Gender, LeftBehindType, GuardianRelation, CreatedAt, UpdatedAt) VALUES ($id, $school, $class, $number, $name, 'Unknown', 'BothParents', 'Grandparents', $t, $t)", "$id", "$school", "$class", "$number", "$name", "$t");
            var person = Prepare(connection, tx, "INSERT INTO archive_persons (Id, SchoolId, Kind, Name, CreatedAt) VALUES ($id, $school, $kind, $name, $t)", "$id", "$school", "$kind", "$name", "$t");
            var link = Prepare(connection, tx, "INSERT INTO archive_family_links (ChildId, PersonId, Role) VALUES ($child, $person, $role)", "$child", "$person", "$role");
            var binding = Prepare(connection, tx, "INSERT INTO archive_channel_bindings (PersonId, ChannelId, ChannelUserId, ConversationReferenceJson, Role, BoundAt, UpdatedAt) VALUES ($person, 'sms', $user, $json, $role, $t, $t)", "$person", "$user", "$json", "$role", "$t");
            var nextPerson = 1;
            for (var n = 1; n <= children; n++)
            {
                Run(child, n, schoolId, classId, $"S{n:D6}", $"学生{n}", ticks);
                foreach (var (kind, role, label) in new[] { ("Parent", "Father", "爸爸"), ("Parent", "Mother", "妈妈"), ("Guardian", "Guardian", "爷爷") })
                {
                    var id = nextPerson++;
                    Run(person, id, schoolId, kind, $"学生{n}{label}", ticks);
                    Run(link, n, id, role);
                    var user = $"u{id}";
                    var reference = new ConversationReference
                    {
                        ChannelId = "sms", ServiceUrl = serviceUrl, User = new ChannelAccount { Id = user }, Bot = new ChannelAccount { Id = "bot" },
                        Conversation = new ConversationAccount { Id = "conv-" + user },
                    };
                    Run(binding, id, user, JsonSerializer.Serialize(reference, BotJson.Options), role, ticks);
                    ids.Add(id);
                }
            }

            await tx.CommitAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return ids;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var name in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static void Run(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
