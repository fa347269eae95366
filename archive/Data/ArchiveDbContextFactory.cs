using LeftBehind.Archive.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Data;

/// <summary>
/// Creates the provider's context from <see cref="StorageOptions"/>; options are built once. Every context counts its
/// opens and writes and sets SQLite PRAGMAs once per physical connection (<see cref="EfStorageInterceptor"/>); with
/// <see cref="StorageOptions.GateEfWrites"/> its SQLite writes also take the process's write gate. Contexts come from
/// a pool because building a context's services was about 7 % of a turn's CPU; every caller disposes its context.
/// </summary>
internal sealed class ArchiveDbContextFactory : IDbContextFactory<ArchiveDbContext>
{
    private readonly Func<ArchiveDbContext> _create;

    public ArchiveDbContextFactory(IOptions<StorageOptions> options, IDbConnectionFactory connections)
    {
        var o = options.Value;
        var interceptor = new EfStorageInterceptor(o.GateEfWrites ? (connections as DbConnectionFactory)?.Gate : null);
        if (o.Provider == StorageProvider.Postgres)
        {
            // One pool for the process: EF Core's connections come from the factory's tuned data source (PostgresTuning).
            var built = (connections as DbConnectionFactory)?.PostgresDataSource is { } source
                ? BuildPostgres(source, interceptor)
                : BuildPostgres(PostgresTuning.Apply(o.ConnectionString), interceptor);
            var pool = new PooledDbContextFactory<PostgresArchiveDbContext>(built);
            _create = pool.CreateDbContext;
        }
        else
        {
            var pool = new PooledDbContextFactory<SqliteArchiveDbContext>(BuildSqlite(o.ConnectionString, interceptor));
            _create = pool.CreateDbContext;
        }
    }

    public ArchiveDbContext CreateDbContext() => _create();

    internal static DbContextOptions<PostgresArchiveDbContext> BuildPostgres(string connectionString, EfStorageInterceptor? interceptor = null) =>
        new DbContextOptionsBuilder<PostgresArchiveDbContext>()
            .UseNpgsql(connectionString, n => n.MigrationsHistoryTable("archive_ef_migrations"))
            .AddInterceptors(interceptor ?? new EfStorageInterceptor(null))
            .Options;

    internal static DbContextOptions<PostgresArchiveDbContext> BuildPostgres(Npgsql.NpgsqlDataSource dataSource, EfStorageInterceptor? interceptor = null) =>
        new DbContextOptionsBuilder<PostgresArchiveDbContext>()
            .UseNpgsql(dataSource, n => n.MigrationsHistoryTable("archive_ef_migrations"))
            .AddInterceptors(interceptor ?? new EfStorageInterceptor(null))
            .Options;

#pragma warning disable EF1001 // the provider's connection service is internal API (LeanSqliteRelationalConnection says why)
    internal static DbContextOptions<SqliteArchiveDbContext> BuildSqlite(string connectionString, EfStorageInterceptor? interceptor = null)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true };
        var dir = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource));
        if (!string.IsNullOrEmpty(dir) && csb.DataSource != ":memory:") Directory.CreateDirectory(dir);
        return new DbContextOptionsBuilder<SqliteArchiveDbContext>()
            .UseSqlite(csb.ToString(), s => s.MigrationsHistoryTable("archive_ef_migrations"))
            .AddInterceptors(interceptor ?? new EfStorageInterceptor(null))
            .ReplaceService<ISqliteRelationalConnection, LeanSqliteRelationalConnection>()
            .Options;
    }
#pragma warning restore EF1001
}
