using LeftBehind.Archive.Data;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.State;
using LeftBehind.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LeftBehind.Tests.Archive;

/// <summary>Every table but Quartz's comes from the archive's migrations, on a new database and on one the old DDL made.</summary>
public sealed class HostTablesMigrationTests
{
    private static readonly string[] OtherAreasTables =
    [
        "bot_trusted_service_urls", "directline_activities", "directline_attachments", "directline_conversations", "directline_outbox_keys",
        "directline_settings", "kernel_state", "sched_job_fires", "sched_job_runs", "sched_outbox", "sched_reminder_replies",
        "wechat_counters", "wechat_deliveries", "wechat_inbound", "wechat_media", "wechat_template_results", "wechat_tokens", "wechat_users",
    ];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Migrations_create_exactly_the_tables_the_model_maps_including_the_kernel_scheduler_and_host_tables(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await ArchiveSchema.MigrateAsync(database.Provider, database.ConnectionString);

        await using var db = Context(database);
        var mapped = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().ToList();
        // Besides the model: EF's history table, and on SQLite the lock table EF takes while migrating.
        string[] migrationsOwn = database.Provider == StorageProvider.Sqlite ? ["archive_ef_migrations", "__EFMigrationsLock"] : ["archive_ef_migrations"];
        Assert.Equal(mapped.Concat(migrationsOwn).Order(StringComparer.Ordinal), await database.TablesAsync());
        Assert.All(OtherAreasTables, t => Assert.Contains(t, mapped));
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_database_made_by_the_old_hand_written_DDL_upgrades_in_place_and_keeps_its_rows(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var db = Context(database))
        {
            // The archive as it was (its first migration only), then the other areas' tables as they made them.
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }
        await database.ExecuteAsync(OldHostTablesDdl.Statements(database.Provider));
        await database.ExecuteAsync(
        [
            "INSERT INTO kernel_state (key, etag, data) VALUES ('webchat/conversations/c1', 'e1', '{\"n\":1}')",
            "INSERT INTO sched_outbox (dedup_key, recipient_id, job, period, payload, urgent, expects_reply, status, attempts, not_before, created_at) " +
            "VALUES ('monthly-letter:2026-11:p1', 1, 'monthly-letter', '2026-11', '{}', 0, 0, 'pending', 0, 0, 0)",
            "INSERT INTO directline_conversations (id, user_id, created_at, last_seq) VALUES ('dl1', 'u1', 0, 2)",
            "INSERT INTO bot_trusted_service_urls (origin, first_seen) VALUES ('https://smba.trafficmanager.net', 0)",
            "INSERT INTO wechat_users (open_id, last_inbound_at, subscribed, updated_at) VALUES ('o-dad', 5, 1, 5)",
        ]);
        var before = await database.TablesAsync();

        await ArchiveSchema.MigrateAsync(database.Provider, database.ConnectionString);

        // Every old table is kept; the only new ones come from later migrations: the archive's own (SMS and voice), the
        // Direct Line turn marks of several instances (Cluster) and the cluster-wide send counts (ClusterRecovery).
        var after = await database.TablesAsync();
        Assert.Subset(after.ToHashSet(), before.ToHashSet());
        Assert.All(after.Except(before), t => Assert.True(t.StartsWith("archive_", StringComparison.Ordinal) || t is "directline_turns" or "sched_channel_rates", t));
        await using (var db = Context(database))
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
        }
        Assert.Equal(["monthly-letter:2026-11:p1"], await database.QueryAsync("SELECT dedup_key FROM sched_outbox"));
        Assert.Equal(["2"], await database.QueryAsync("SELECT last_seq FROM directline_conversations WHERE id = 'dl1'"));
        Assert.Equal(["https://smba.trafficmanager.net"], await database.QueryAsync("SELECT origin FROM bot_trusted_service_urls"));
        Assert.Equal(["o-dad"], await database.QueryAsync("SELECT open_id FROM wechat_users WHERE subscribed = 1"));

        // The kernel's own SQL still reads the old row and writes beside it.
        using var connections = database.Connections();
        var storage = new DbStorage(connections);
        var read = await storage.ReadAsync(["webchat/conversations/c1"]);
        Assert.Equal("{\"n\":1}", read["webchat/conversations/c1"].Json);
        await storage.WriteAsync(new Dictionary<string, StorageEntry> { ["webchat/conversations/c2"] = new("{}", ETags.Any) });
        Assert.Equal(2, (await storage.ReadAsync(["webchat/conversations/c1", "webchat/conversations/c2"])).Count);
    }

    [Fact]
    public async Task On_postgres_the_keys_and_indexes_the_old_DDL_named_are_the_names_the_model_knows()
    {
        // Later migrations alter these tables by name: the model's names must be the ones PostgreSQL gave the old tables.
        var database = await TestDatabase.CreateAsync("Postgres");
        await database.ExecuteAsync(OldHostTablesDdl.Statements(database.Provider));
        var tables = string.Join(", ", OtherAreasTables.Select(t => $"'{t}'"));
        var inDatabase = await database.QueryAsync($"SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ({tables})");

        await using var db = Context(database);
        var types = db.Model.GetEntityTypes().Where(e => OtherAreasTables.Contains(e.GetTableName())).ToList();
        var inModel = types.SelectMany(e => e.GetKeys().Select(k => k.GetName()!).Concat(e.GetIndexes().Select(i => i.GetDatabaseName()!)));
        // An index a later migration adds (the unfinished WeChat messages a crashed instance left, ClusterRecovery) is
        // not in the old DDL; every other name must match.
        string[] addedLater = ["ix_wechat_inbound_unfinished"];
        Assert.Equal(inModel.Except(addedLater).Order(StringComparer.Ordinal), inDatabase.Order(StringComparer.Ordinal));
    }

    private static ArchiveDbContext Context(TestDatabase database) => database.Provider == StorageProvider.Postgres
        ? new PostgresArchiveDbContext(ArchiveDbContextFactory.BuildPostgres(database.ConnectionString))
        : new SqliteArchiveDbContext(ArchiveDbContextFactory.BuildSqlite(database.ConnectionString));
}
