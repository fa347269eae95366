using LeftBehind.Bot.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace LeftBehind.Bot.Connector;

/// <summary>
/// Client-credential tokens through MSAL for MultiTenant / SingleTenant apps (app id + password) and a user-assigned
/// managed identity. MSAL's in-memory cache keeps the token until shortly before it expires.
/// </summary>
internal sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly BotAuthOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managed;

    public MsalConnectorTokenProvider(IOptions<BotAuthOptions> options)
    {
        _options = options.Value;
        if (_options.IsAuthenticationDisabled) return;
        if (_options.AppType == BotAppType.UserAssignedMsi)
        {
            _managed = new Lazy<IManagedIdentityApplication>(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId!))
                .Build());
        }
        else
        {
            _confidential = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
                .Create(_options.MicrosoftAppId)
                .WithClientSecret(_options.MicrosoftAppPassword ?? string.Empty)
                .WithAuthority(_options.Authority, validateAuthority: false)
                .Build());
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_managed is not null)
        {
            var resource = _options.OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? _options.OAuthScope[..^"/.default".Length] : _options.OAuthScope;
            var r = await _managed.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return r.AccessToken;
        }
        if (_confidential is null) return null;
        var result = await _confidential.Value.AcquireTokenForClient([_options.OAuthScope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
