using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

/// <summary>An entity: only <c>type</c> is common; every other field is kept as sent.</summary>
public sealed record Entity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
