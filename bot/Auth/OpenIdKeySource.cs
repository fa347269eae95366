using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LeftBehind.Bot.Auth;

/// <summary>
/// Signing keys announced at an OpenID metadata URL, cached and refreshed every 24 h (the protocol asks for at least
/// daily), and refreshed early when a token names a key we do not know (key rollover).
/// </summary>
internal sealed class OpenIdKeySource(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "BotFramework.OpenId";

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken ct) => Manager(metadataUrl).GetConfigurationAsync(ct);

    public void RequestRefresh(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    /// <summary>The endorsements (channel ids) the key with this id carries; null when the key is unknown.</summary>
    public static IReadOnlyList<string>? Endorsements(OpenIdConnectConfiguration config, string? kid)
    {
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null) return null;
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null) return [];
        return raw switch
        {
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } e => e.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList(),
            IEnumerable<object> list => list.Select(x => x?.ToString() ?? string.Empty).ToList(),
            _ => [],
        };
    }

    public static IEnumerable<SecurityKey> SigningKeys(OpenIdConnectConfiguration config) =>
        config.JsonWebKeySet?.Keys.Cast<SecurityKey>() ?? config.SigningKeys;

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(string url) => _managers.GetOrAdd(url, u =>
    {
        var uri = new Uri(u);
        // Plain http only for a loopback endpoint (tests serve their own keys); real metadata is always https.
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = !uri.IsLoopback };
        return new ConfigurationManager<OpenIdConnectConfiguration>(u, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    });
}
