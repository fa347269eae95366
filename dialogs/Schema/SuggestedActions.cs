using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record SuggestedActions
{
    [JsonPropertyName("to")] public IList<string>? To { get; set; }
    [JsonPropertyName("actions")] public IList<CardAction>? Actions { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
