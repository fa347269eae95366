using LeftBehind.Archive.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Data;

/// <summary>
/// Applies the provider's migrations before any other hosted service starts: AddArchive registers it first.
/// Migrations create every table of the project but Quartz's (the archive's, the kernel's, the scheduler's and the
/// host's); tables they do not know are left alone. Instances starting together take turns (<see cref="SchemaLock"/>).
/// </summary>
internal sealed class ArchiveMigrator(
    IDbContextFactory<ArchiveDbContext> dbs,
    IOptions<StorageOptions> storage,
    IDbConnectionFactory connections,
    ILogger<ArchiveMigrator> log) : IHostedService
{
    // Under the schema lock: a second instance starting at the same moment waits, then finds the schema and the seed in place.
    public Task StartAsync(CancellationToken cancellationToken) => SchemaLock.RunAsync(connections, () => MigrateAndSeedAsync(cancellationToken), cancellationToken);

    private async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            if (storage.Value.Provider == StorageProvider.Sqlite)
            {
                // WAL lets other areas' readers run beside the archive's writer; the setting persists in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            await db.Database.MigrateAsync(cancellationToken);
        }
        log.LogInformation("Archive schema is up to date ({Provider})", storage.Value.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
