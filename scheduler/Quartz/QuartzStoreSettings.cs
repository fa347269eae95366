using LeftBehind.Archive.Storage;
using LeftBehind.Scheduler.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace LeftBehind.Scheduler.Quartz;

/// <summary>
/// Where Quartz keeps its tables. Decided when services are registered, because the job store's driver delegate
/// is chosen then: SQLite gets a database file of its own next to the project's; PostgreSQL shares the project
/// database (Quartz's tables carry the qrtz_ prefix).
/// </summary>
internal sealed record QuartzStoreSettings(StorageProvider Provider, string ConnectionString, bool Clustered)
{
    public static QuartzStoreSettings From(IConfiguration configuration)
    {
        var scheduler = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var provider = configuration.GetSection(StorageOptions.Section).GetValue(nameof(StorageOptions.Provider), StorageProvider.Sqlite);
        var main = configuration.GetConnectionString("LeftBehind");
        if (string.IsNullOrWhiteSpace(main)) main = new StorageOptions().ConnectionString;

        if (!string.IsNullOrWhiteSpace(scheduler.QuartzConnectionString))
            return new QuartzStoreSettings(provider, scheduler.QuartzConnectionString, scheduler.Clustered);
        if (provider == StorageProvider.Postgres) return new QuartzStoreSettings(provider, main, scheduler.Clustered);

        var directory = scheduler.DataDirectory;
        if (string.IsNullOrWhiteSpace(directory))
        {
            var source = new SqliteConnectionStringBuilder(main).DataSource;
            directory = source == ":memory:" ? "data" : Path.GetDirectoryName(Path.GetFullPath(source));
        }

        directory = Path.GetFullPath(string.IsNullOrWhiteSpace(directory) ? "data" : directory);
        Directory.CreateDirectory(directory);
        var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "quartz.db"), Pooling = true, DefaultTimeout = 30 };
        return new QuartzStoreSettings(StorageProvider.Sqlite, cs.ToString(), Clustered: false);
    }
}
