namespace LeftBehind.Archive.Services;

/// <summary>One channel a person is reachable on; the reference JSON is what ContinueConversationAsync needs.</summary>
public sealed record ChannelAddress(int PersonId, string ChannelId, string ChannelUserId, string ConversationReferenceJson, DateTimeOffset UpdatedAt);
