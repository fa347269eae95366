using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record MessageReaction
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
