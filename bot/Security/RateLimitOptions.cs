using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Bot.Security;

/// <summary>
/// Section <c>RateLimits</c>: requests per minute, per client address and for the whole service, for each group of
/// endpoints an attacker would hammer. Per address stops one machine; the global limit stops many (a botnet, or
/// addresses rotated through a proxy), at the price of slowing everyone during an attack. Figures: docs/security.md.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 1_000_000)] public int TokensPerAddress { get; set; } = 30;
    [Range(1, 1_000_000)] public int TokensGlobal { get; set; } = 3000;
    [Range(1, 1_000_000)] public int ConversationsPerAddress { get; set; } = 30;
    [Range(1, 1_000_000)] public int ConversationsGlobal { get; set; } = 3000;
    [Range(1, 1_000_000)] public int PostsPerAddress { get; set; } = 300;
    [Range(1, 1_000_000)] public int PostsGlobal { get; set; } = 30000;
    [Range(1, 1_000_000)] public int UploadsPerAddress { get; set; } = 10;
    [Range(1, 1_000_000)] public int UploadsGlobal { get; set; } = 300;
}
