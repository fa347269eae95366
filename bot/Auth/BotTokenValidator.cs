using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeftBehind.Bot.Auth;

/// <summary>
/// Validates the JWT a Bot Framework channel (or the Emulator, signing with our own AAD app) puts on a request to
/// <c>/api/messages</c>: signature by an announced key, issuer, audience = our app id, lifetime with 5 minutes of skew,
/// the key's endorsement for the activity's channel, and the serviceurl claim.
/// </summary>
internal sealed class BotTokenValidator(IOptionsMonitor<BotAuthOptions> options, OpenIdKeySource keys, TimeProvider time, ILogger<BotTokenValidator> logger)
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string AzureCallerId = "urn:botframework:azure";

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private static readonly string[] AadTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "cab8a31a-1906-4287-a0d8-4eef66b95f6e",
    ];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (o.IsAuthenticationDisabled)
        {
            // Dev mode, as Bot Builder: a request without a header is anonymous; a present header cannot be checked.
            return string.IsNullOrEmpty(authorization) ? AuthenticationResult.Anonymous : AuthenticationResult.Fail("token given but no app id configured");
        }
        if (string.IsNullOrEmpty(authorization)) return AuthenticationResult.Fail("missing Authorization header");
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.Ordinal)) return AuthenticationResult.Fail("scheme is not Bearer");
        var raw = authorization[scheme.Length..].Trim();
        if (!_handler.CanReadToken(raw)) return AuthenticationResult.Fail("unreadable token");

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Fail("unreadable token");
        }

        var emulator = IsAadIssuer(unverified.Issuer);
        var result = emulator
            ? await ValidateEmulatorAsync(raw, unverified, o, ct).ConfigureAwait(false)
            : await ValidateChannelAsync(raw, unverified, activity, o, ct).ConfigureAwait(false);
        if (!result.Succeeded) logger.LogWarning("Inbound token refused: {Reason}", result.Failure);
        return result;
    }

    private async Task<AuthenticationResult> ValidateChannelAsync(string raw, JsonWebToken unverified, Activity activity, BotAuthOptions o, CancellationToken ct)
    {
        var url = o.ChannelMetadataUrl;
        var (validated, config) = await ValidateSignedAsync(raw, unverified, url, [ChannelIssuer], o.MicrosoftAppId!, ct).ConfigureAwait(false);
        if (validated is null || config is null) return AuthenticationResult.Fail("signature, issuer, audience or lifetime invalid");

        var endorsements = OpenIdKeySource.Endorsements(config, unverified.Kid);
        if (endorsements is null || endorsements.Count == 0) return AuthenticationResult.Fail("signing key has no endorsements");
        if (!string.IsNullOrEmpty(activity.ChannelId) && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
            return AuthenticationResult.Fail("signing key not endorsed for the channel");

        var claimed = validated.TryGetPayloadValue<string>("serviceurl", out var s) ? s : null;
        if (string.IsNullOrEmpty(claimed) || !string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");

        return new AuthenticationResult(true, AzureCallerId, ChannelIssuer, true, null);
    }

    private async Task<AuthenticationResult> ValidateEmulatorAsync(string raw, JsonWebToken unverified, BotAuthOptions o, CancellationToken ct)
    {
        var issuers = AadTenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" }).ToList();
        if (o.AppType == BotAppType.SingleTenant && unverified.TryGetPayloadValue<string>("tid", out var tid) && string.Equals(tid, o.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            issuers.Add($"https://sts.windows.net/{tid}/");
            issuers.Add($"https://login.microsoftonline.com/{tid}/v2.0");
        }
        var (validated, _) = await ValidateSignedAsync(raw, unverified, o.EmulatorMetadataUrl, issuers, o.MicrosoftAppId!, ct).ConfigureAwait(false);
        if (validated is null) return AuthenticationResult.Fail("emulator token invalid");

        if (!validated.TryGetPayloadValue<string>("ver", out var ver)) return AuthenticationResult.Fail("emulator token has no ver");
        var appIdClaim = ver switch { "1.0" => "appid", "2.0" => "azp", _ => null };
        if (appIdClaim is null || !validated.TryGetPayloadValue<string>(appIdClaim, out var appId) || !string.Equals(appId, o.MicrosoftAppId, StringComparison.Ordinal))
            return AuthenticationResult.Fail("emulator token is for another app");
        return new AuthenticationResult(true, AzureCallerId, appId, false, null);
    }

    private async Task<(JsonWebToken? Token, Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration? Config)> ValidateSignedAsync(
        string raw, JsonWebToken unverified, string metadataUrl, IReadOnlyCollection<string> issuers, string audience, CancellationToken ct)
    {
        Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration config;
        try
        {
            config = await keys.GetAsync(metadataUrl, ct).ConfigureAwait(false);
            if (unverified.Kid is { } kid && OpenIdKeySource.SigningKeys(config).All(k => k.KeyId != kid))
            {
                // A key we have not seen yet: the channel may have rolled its keys since our last refresh.
                keys.RequestRefresh(metadataUrl);
                config = await keys.GetAsync(metadataUrl, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogError(ex, "OpenID metadata unavailable at {Url}", metadataUrl);
            return (null, null);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudience = audience,
            IssuerSigningKeys = OpenIdKeySource.SigningKeys(config).ToList(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = ValidateLifetime,
            ValidateIssuerSigningKey = true,
            ClockSkew = Skew,
        };
        var result = await _handler.ValidateTokenAsync(raw, parameters).ConfigureAwait(false);
        return result.IsValid && result.SecurityToken is JsonWebToken jwt ? (jwt, config) : (null, null);
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null) return false;
        if (notBefore is { } nbf && nbf > now + Skew) return false;
        return expires.Value + Skew >= now;
    }

    private static bool IsAadIssuer(string? issuer) =>
        issuer is not null && (issuer.StartsWith("https://sts.windows.net/", StringComparison.OrdinalIgnoreCase)
                               || issuer.StartsWith("https://login.microsoftonline.com/", StringComparison.OrdinalIgnoreCase)
                               || issuer.StartsWith("https://login.microsoftonline.us/", StringComparison.OrdinalIgnoreCase));
}
