using System.Text.Json.Serialization;

namespace LeftBehind.Bot.Adapter;

/// <summary>The Bot Framework / Direct Line error body: <c>{"error":{"code","message"}}</c>.</summary>
internal sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorBody Error);
