using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
