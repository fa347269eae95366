namespace LeftBehind.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, optionally bound to one user id, until it expires.</summary>
internal sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);
