using System.Text.Json.Serialization;

namespace LeftBehind.Bot.DirectLine;

/// <summary>The answer to token generate/refresh and conversation start/reconnect.</summary>
internal sealed record ConversationAnswer(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl,
    [property: JsonPropertyName("referenceGrammarId")] string? ReferenceGrammarId = null);
