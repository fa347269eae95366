namespace LeftBehind.Bot.Admin;

/// <summary>What to revoke: one conversation's tokens, one channel user id's, or every channel address of a person.</summary>
internal sealed record RevokeRequest(string? ConversationId, string? UserId, int? PersonId);
