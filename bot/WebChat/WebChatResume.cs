using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Bot.WebChat;

/// <summary>The body of <c>POST /webchat/token</c>: the conversation the page had before a reload, if any.</summary>
internal sealed record WebChatResume([property: JsonPropertyName("conversationId")] string? ConversationId)
{
    /// <summary>Conversation ids are 32 hex digits; anything else is ignored.</summary>
    private const int IdLength = 32;

    /// <summary>The conversation id the page sent; null without a body, with a bad body or with a malformed id.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType()) return null;
        try
        {
            var body = await request.ReadFromJsonAsync<WebChatResume>(request.HttpContext.RequestAborted);
            return body?.ConversationId is { Length: IdLength } id && id.All(char.IsAsciiHexDigitLower) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
