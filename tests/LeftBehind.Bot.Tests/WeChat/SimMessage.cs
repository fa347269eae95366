using System.Text.Json;

namespace LeftBehind.Tests.WeChat;

/// <summary>What a WeChat user received from the account: a customer-service text or image, or a template message.</summary>
public sealed record SimMessage(string Method, string? Text, string? TemplateId = null, JsonElement? Data = null, string? Url = null, string? MediaId = null)
{
    /// <summary>Everything a person reads in it (a template's field values joined).</summary>
    public string Readable => Text ?? (Data is { } d ? string.Concat(d.EnumerateObject().Select(p => p.Value.GetProperty("value").GetString())) : string.Empty);
}
