namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// What a Direct Line token grants: one conversation, optionally bound to one user id, until it expires. IssuedAt lets a
/// revocation void every token issued before it; ChainStart is when the first token of a refresh chain was issued.
/// </summary>
internal sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt, DateTimeOffset IssuedAt, DateTimeOffset ChainStart);
