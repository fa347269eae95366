using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Archive.Tips;

/// <summary>After the migrations: adds the repository's tips that the database does not have yet (staff edits stay).</summary>
internal sealed class TipLibrarySeedOnStart(ITipService tips, ILogger<TipLibrarySeedOnStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = await tips.SeedAsync(TipLibraryFile.Load(), cancellationToken).ConfigureAwait(false);
        if (added > 0) log.LogInformation("Tip library: {Count} tips added from the repository file", added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
