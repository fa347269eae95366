namespace LeftBehind.Bot.Auth;

/// <summary>
/// The Bot Framework keys at the configuration root, named as Bot Framework bots name them. An empty app id is dev mode:
/// inbound requests may come unauthenticated (loopback only unless allowed) and outbound calls carry no token.
/// </summary>
internal sealed class BotAuthOptions
{
    public const string ChannelOpenIdMetadataDefault = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string EmulatorOpenIdMetadataDefault = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    public const string LoginUrlDefault = "https://login.microsoftonline.com/botframework.com";
    public const string OAuthScopeDefault = "https://api.botframework.com/.default";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>MultiTenant (default when empty), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the channel's signing keys are announced; tests point this at a local endpoint.</summary>
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string ChannelMetadataUrl => string.IsNullOrWhiteSpace(ToBotFromChannelOpenIdMetadataUrl) ? ChannelOpenIdMetadataDefault : ToBotFromChannelOpenIdMetadataUrl!;

    public string EmulatorMetadataUrl => string.IsNullOrWhiteSpace(ToBotFromEmulatorOpenIdMetadataUrl) ? EmulatorOpenIdMetadataDefault : ToBotFromEmulatorOpenIdMetadataUrl!;

    public string OAuthScope => string.IsNullOrWhiteSpace(ToChannelFromBotOAuthScope) ? OAuthScopeDefault : ToChannelFromBotOAuthScope!;

    /// <summary>The authority outbound tokens come from: the Bot Framework tenant, or ours for SingleTenant.</summary>
    public string Authority
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)) return ToChannelFromBotLoginUrl!.TrimEnd('/');
            if (AppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
                return "https://login.microsoftonline.com/" + MicrosoftAppTenantId;
            return LoginUrlDefault;
        }
    }

    public BotAppType AppType => MicrosoftAppType?.Trim().ToLowerInvariant() switch
    {
        "singletenant" => BotAppType.SingleTenant,
        "userassignedmsi" => BotAppType.UserAssignedMsi,
        _ => BotAppType.MultiTenant,
    };
}
