using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("content")] public JsonElement? Content { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
