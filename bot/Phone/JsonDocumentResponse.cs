using System.Text.Json;

namespace LeftBehind.Bot.Phone;

/// <summary>A provider's parsed answer; disposing releases the document.</summary>
internal sealed class JsonDocumentResponse(JsonDocument document, JsonElement root) : IDisposable
{
    public JsonElement Root => root;

    public JsonElement GetProperty(string name) => root.GetProperty(name);

    public void Dispose() => document.Dispose();
}
