using LeftBehind.Archive.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeftBehind.Archive.Demo;

/// <summary>
/// Seeds the demo school at start-up when Storage:SeedDemoData is set; AddArchive registers it right after the
/// migrator, so the tables exist (and the migrator need not know the demo).
/// </summary>
internal sealed class DemoSeedOnStart(DemoSeeder seeder, IOptions<StorageOptions> storage) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.SeedDemoData) await seeder.SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
