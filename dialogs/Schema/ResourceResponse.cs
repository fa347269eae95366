using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);
