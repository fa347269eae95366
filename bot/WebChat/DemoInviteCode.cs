using System.Text.Json.Serialization;

namespace LeftBehind.Bot.WebChat;

/// <summary>One demo invite code and whom it binds (e.g. "张小明的父亲").</summary>
internal sealed record DemoInviteCode(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("description")] string? Description);
