using System.Collections.Concurrent;
using LeftBehind.Bot.Hosting;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Storage;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Connector;

/// <summary>
/// Hosts our bot token may be sent to: those that authenticated activities came from (the JWT's serviceurl claim matched)
/// and the configured list. Remembered in the database so proactive sends work after a restart.
/// </summary>
internal sealed class ServiceUrlTrust(IDbConnectionFactory db, IOptions<BotHostOptions> options, TimeProvider time, ILogger<ServiceUrlTrust> logger)
{
    private readonly ConcurrentDictionary<string, bool> _trusted = new(StringComparer.Ordinal);
    private volatile bool _loaded;

    public static string? Origin(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)) return null;
        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    public async Task TrustAsync(string serviceUrl, CancellationToken ct)
    {
        var origin = Origin(serviceUrl);
        if (origin is null || !_trusted.TryAdd(origin, true)) return;
        try
        {
            await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
            await using var cmd = connection.Command(
                "INSERT INTO bot_trusted_service_urls (origin, first_seen) VALUES (@o, @t) ON CONFLICT (origin) DO NOTHING", null,
                ("@o", origin), ("@t", time.GetUtcNow().ToUnixTimeMilliseconds()));
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not persist a trusted service URL");
        }
    }

    /// <summary>On the configured list (BotHost:TrustedServiceUrls), whatever activities arrived.</summary>
    public Task<bool> IsConfiguredAsync(string? serviceUrl)
    {
        var origin = Origin(serviceUrl);
        return Task.FromResult(origin is not null && options.Value.TrustedServiceUrls.Any(u => Origin(u) == origin));
    }

    public async Task<bool> IsTrustedAsync(string? serviceUrl, CancellationToken ct)
    {
        var origin = Origin(serviceUrl);
        if (origin is null) return false;
        if (options.Value.TrustedServiceUrls.Any(u => Origin(u) == origin)) return true;
        if (_trusted.ContainsKey(origin)) return true;
        if (!_loaded) await LoadAsync(ct).ConfigureAwait(false);
        return _trusted.ContainsKey(origin);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        await using var cmd = connection.Command("SELECT origin FROM bot_trusted_service_urls");
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) _trusted.TryAdd(reader.GetString(0), true);
        _loaded = true;
    }
}
