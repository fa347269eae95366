using Microsoft.Extensions.Hosting;

namespace LeftBehind.Archive.Access;

/// <summary>On a graceful stop, the audit rows still queued are written before the host goes on stopping.</summary>
internal sealed class AuditFlushOnStop(AuditWriter writer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);
}
