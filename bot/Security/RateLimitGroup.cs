namespace LeftBehind.Bot.Security;

/// <summary>Endpoint metadata: which rate-limit group an endpoint counts against.</summary>
internal sealed record RateLimitGroup(string Name)
{
    public const string Tokens = "tokens";
    public const string Conversations = "conversations";
    public const string Posts = "posts";
    public const string Uploads = "uploads";
}
