using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

/// <summary>What an invoke turn answers; the host turns it into the HTTP status and body.</summary>
public sealed record InvokeResponse(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("body")] object? Body = null);
