using System.Net;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Storage;
using LeftBehind.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// The host migrates once, before anything else starts, and after a full start-up and a conversation the database holds
/// only tables the migrations made (and Quartz's own, which Quartz provisions).
/// </summary>
public sealed class StartupSchemaTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task After_a_full_start_up_and_a_conversation_every_table_but_quartz_s_was_made_by_the_migrations(string provider)
    {
        var migrated = await TestDatabase.CreateAsync(provider);
        await ArchiveSchema.MigrateAsync(migrated.Provider, migrated.ConnectionString);

        var started = await TestDatabase.CreateAsync(provider);
        using (var host = Host(started))
        {
            var hosted = host.Services.GetServices<IHostedService>().ToList();
            // Hosted services start in order: the migrator before every one of ours and Quartz's (telemetry may come first).
            Assert.IsType<ArchiveMigrator>(hosted.First(h => h.GetType().Namespace!.StartsWith("LeftBehind.", StringComparison.Ordinal) || h.GetType().Namespace!.StartsWith("Quartz", StringComparison.Ordinal)));
            Assert.Single(hosted.OfType<ArchiveMigrator>());
            await TalkAsync(host);
        }

        var tables = (await started.TablesAsync()).Where(t => !t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(await migrated.TablesAsync(), tables);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_host_upgrades_a_database_the_old_DDL_made_and_keeps_serving_from_its_rows(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Provider == StorageProvider.Postgres
            ? (ArchiveDbContext)new PostgresArchiveDbContext(ArchiveDbContextFactory.BuildPostgres(database.ConnectionString))
            : new SqliteArchiveDbContext(ArchiveDbContextFactory.BuildSqlite(database.ConnectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }
        await database.ExecuteAsync(OldHostTablesDdl.Statements(database.Provider));
        await database.ExecuteAsync(["INSERT INTO kernel_state (key, etag, data) VALUES ('old/state', 'e1', '{}')"]);

        using (var host = Host(database))
        {
            await TalkAsync(host);
        }

        Assert.Equal(["old/state"], await database.QueryAsync("SELECT key FROM kernel_state WHERE key = 'old/state'"));
        Assert.Contains(await database.QueryAsync("SELECT \"MigrationId\" FROM archive_ef_migrations"), id => id.EndsWith("_HostTables", StringComparison.Ordinal));
        Assert.NotEmpty(await database.QueryAsync("SELECT id FROM directline_conversations"));
    }

    private static LeftBehindFactory Host(TestDatabase database)
    {
        var host = new LeftBehindFactory();
        host.Settings["Storage:Provider"] = database.Provider.ToString();
        host.Settings["ConnectionStrings:LeftBehind"] = database.ConnectionString;
        return host;
    }

    /// <summary>Start-up, readiness, and a Web Chat conversation through Direct Line and the real bot.</summary>
    private static async Task TalkAsync(LeftBehindFactory host)
    {
        var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var dl = new DirectLineClient(http);
        var conversation = await dl.StartAsync();
        await dl.PostMessageAsync(conversation, "你好", "c1");
        var (activities, _) = await dl.GetAsync(conversation, null);
        Assert.True(activities.Count >= 2, "the bot answered");
    }
}
