using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeftBehind.Dialogs.Schema;

public sealed record CardAction
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("image")] public string? Image { get; set; }
    [JsonPropertyName("imageAltText")] public string? ImageAltText { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A button whose tap sends its title back as a message (the common case for our menus).</summary>
    public static CardAction ImBack(string title, string? value = null) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value ?? title),
    };
}
