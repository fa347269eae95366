using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Bot.Hosting;

/// <summary>Section <c>BotHost</c>: how <c>/api/messages</c> treats its callers.</summary>
internal sealed class BotHostOptions
{
    public const string Section = "BotHost";

    /// <summary>With no app id, unauthenticated requests are accepted only from loopback unless this is true.</summary>
    public bool AllowUnauthenticatedRemote { get; set; }

    /// <summary>Largest activity accepted, in bytes (413 above it).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 1024 * 1024;

    /// <summary>Channels give up after 15 s; past this the HTTP answer is 202 and the turn keeps running.</summary>
    [Range(0.01, 600)]
    public double AcknowledgeSeconds { get; set; } = 14;

    /// <summary>Connector hosts trusted before any authenticated activity came from them (scheme://host[:port]).</summary>
    public string[] TrustedServiceUrls { get; set; } = [];

    /// <summary>No Bot Framework channel (only the built-in Direct Line): <c>/api/messages</c> is not served at all.</summary>
    public bool DisableChannelEndpoint { get; set; }

    /// <summary>Proxies whose X-Forwarded-For/-Proto are believed (IP addresses). Empty: forwarded headers are ignored.</summary>
    public string[] KnownProxies { get; set; } = [];
}
