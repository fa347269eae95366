using LeftBehind.Archive.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Data;

/// <summary>Creates the provider's context from <see cref="StorageOptions"/>; options are built once.</summary>
internal sealed class ArchiveDbContextFactory : IDbContextFactory<ArchiveDbContext>
{
    private readonly Func<ArchiveDbContext> _create;

    public ArchiveDbContextFactory(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        if (o.Provider == StorageProvider.Postgres)
        {
            var opts = BuildPostgres(o.ConnectionString);
            _create = () => new PostgresArchiveDbContext(opts);
        }
        else
        {
            var opts = BuildSqlite(o.ConnectionString);
            _create = () => new SqliteArchiveDbContext(opts);
        }
    }

    public ArchiveDbContext CreateDbContext() => _create();

    internal static DbContextOptions<PostgresArchiveDbContext> BuildPostgres(string connectionString) =>
        new DbContextOptionsBuilder<PostgresArchiveDbContext>()
            .UseNpgsql(connectionString, n => n.MigrationsHistoryTable("archive_ef_migrations"))
            .AddInterceptors(EfStorageInterceptor.Instance)
            .Options;

    internal static DbContextOptions<SqliteArchiveDbContext> BuildSqlite(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true };
        var dir = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
        if (!string.IsNullOrEmpty(dir) && csb.DataSource != ":memory:") Directory.CreateDirectory(dir);
        return new DbContextOptionsBuilder<SqliteArchiveDbContext>()
            .UseSqlite(csb.ToString(), s => s.MigrationsHistoryTable("archive_ef_migrations"))
            .AddInterceptors(EfStorageInterceptor.Instance)
            .Options;
    }
}
