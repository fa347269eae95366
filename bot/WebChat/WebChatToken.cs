using System.Text.Json.Serialization;

namespace LeftBehind.Bot.WebChat;

internal sealed record WebChatToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("resumed")] bool Resumed);
