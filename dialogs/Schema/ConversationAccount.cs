using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record ConversationAccount
{
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }
}
