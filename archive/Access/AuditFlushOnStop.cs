using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeftBehind.Archive.Access;

/// <summary>
/// On a graceful stop, the audit rows still queued are written before the host goes on stopping. If the host's stop
/// timeout runs out first, the stop goes on and the writer's disposal (after the host) writes what is left.
/// </summary>
internal sealed class AuditFlushOnStop(AuditWriter writer, ILogger<AuditFlushOnStop>? log = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            (log ?? NullLogger<AuditFlushOnStop>.Instance).LogWarning("Audit: the stop timeout ran out before the queue was written; the rest is written on disposal");
        }
    }
}
