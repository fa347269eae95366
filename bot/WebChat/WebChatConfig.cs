using System.Text.Json.Serialization;

namespace LeftBehind.Bot.WebChat;

internal sealed record WebChatConfig(
    [property: JsonPropertyName("locale")] string Locale,
    [property: JsonPropertyName("inviteCodes")] IReadOnlyList<DemoInviteCode> InviteCodes);
