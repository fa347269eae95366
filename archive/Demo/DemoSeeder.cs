using LeftBehind.Archive.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Archive.Demo;

/// <summary>Seeds the demo school on an empty archive (Storage:SeedDemoData).</summary>
internal sealed class DemoSeeder(IDbContextFactory<ArchiveDbContext> dbs, ILogger<DemoSeeder> log)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Schools.AnyAsync(ct)) return;
        log.LogInformation("Demo school seeding is not available yet");
    }
}
