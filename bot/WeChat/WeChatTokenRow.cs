namespace LeftBehind.Bot.WeChat;

/// <summary>The shared access_token as stored: value, expiry, when and how many times it was refreshed.</summary>
internal sealed record WeChatTokenRow(string? AccessToken, DateTimeOffset ExpiresAt, DateTimeOffset RefreshedAt, long Refreshes);
