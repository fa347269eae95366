using System.Text.Json.Serialization;

namespace LeftBehind.Bot.Adapter;

internal sealed record ErrorBody([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);
