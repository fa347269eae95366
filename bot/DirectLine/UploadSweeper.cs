using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.DirectLine;

/// <summary>Deletes uploaded files once their retention has passed (hourly, and once at start).</summary>
internal sealed class UploadSweeper(DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<UploadSweeper> logger) : BackgroundService
{
    public Task<int> SweepAsync(CancellationToken ct) => store.DeleteExpiredAttachmentsAsync(TimeSpan.FromHours(options.Value.UploadRetentionHours), ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                var deleted = await SweepAsync(stoppingToken).ConfigureAwait(false);
                if (deleted > 0) logger.LogInformation("Deleted {Count} expired uploads", deleted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Upload sweep failed: {Error}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
