using LeftBehind.Archive.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Demo;

/// <summary>
/// Seeds the demo school at start-up when Storage:SeedDemoData is set; AddArchive registers it right after the
/// migrator, so the tables exist (and the migrator need not know the demo). Instances starting together on an empty
/// database take turns under the <see cref="SchemaLock"/>: the second finds the school seeded and does nothing.
/// </summary>
internal sealed class DemoSeedOnStart(DemoSeeder seeder, IDbConnectionFactory connections, IOptions<StorageOptions> storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        storage.Value.SeedDemoData
            ? SchemaLock.RunAsync(connections, () => seeder.SeedIfEmptyAsync(cancellationToken), cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
