using LeftBehind.Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>
/// Brings a database's schema (every table but Quartz's) up to date outside a host: benchmarks, tools and tests that
/// build their own storage. A host gets the same from <see cref="ArchiveMigrator"/> at start-up.
/// </summary>
public static class ArchiveSchema
{
    public static async Task MigrateAsync(StorageProvider provider, string connectionString, CancellationToken cancellationToken = default)
    {
        await using var db = Create(provider, connectionString);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public static void Migrate(StorageProvider provider, string connectionString)
    {
        using var db = Create(provider, connectionString);
        db.Database.Migrate();
    }

    private static ArchiveDbContext Create(StorageProvider provider, string connectionString) => provider == StorageProvider.Postgres
        ? new PostgresArchiveDbContext(ArchiveDbContextFactory.BuildPostgres(connectionString))
        : new SqliteArchiveDbContext(ArchiveDbContextFactory.BuildSqlite(connectionString));
}
