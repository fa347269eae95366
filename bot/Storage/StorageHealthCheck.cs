using LeftBehind.Archive.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeftBehind.Bot.Storage;

/// <summary>Ready only when the database answers a query and the host's tables exist (the migrations ran).</summary>
internal sealed class StorageHealthCheck(IDbConnectionFactory db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var cmd = connection.Command("SELECT COUNT(*) FROM directline_settings");
            await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("storage unavailable: " + ex.GetType().Name);
        }
    }
}
