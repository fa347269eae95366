namespace LeftBehind.Archive.Services;

/// <summary>A channel binding of a person: the conversation reference (BotJson shape) proactive sends need.</summary>
public sealed record ChannelBindingInfo(int Id, int PersonId, string ChannelId, string ConversationReferenceJson, DateTimeOffset UpdatedAt);
