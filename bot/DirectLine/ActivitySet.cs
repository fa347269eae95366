using System.Text.Json.Serialization;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.DirectLine;

/// <summary>What GET activities answers and every WebSocket frame carries.</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);
