using System.Text;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.State;

/// <summary>
/// One state object for the length of a turn: the stored JSON properties plus the live typed objects handed out by
/// accessors. Saving serialises the live objects back and writes only when the JSON changed.
/// </summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, JsonElement> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private string _originalJson;

    public CachedBotState(string key, StorageEntry? entry)
    {
        Key = key;
        ETag = entry?.ETag;
        _originalJson = entry?.Json ?? "{}";
        if (entry is null) return;
        using var doc = JsonDocument.Parse(entry.Json);
        foreach (var p in doc.RootElement.EnumerateObject()) _stored[p.Name] = p.Value.Clone();
    }

    public string Key { get; }
    public string? ETag { get; private set; }

    public bool TryGet<T>(string name, out T value)
    {
        if (_live.TryGetValue(name, out var live))
        {
            value = (T)live!;
            return true;
        }
        if (_stored.TryGetValue(name, out var json))
        {
            value = json.Deserialize<T>(BotJson.Options)!;
            _live[name] = value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(string name, object? value)
    {
        _removed.Remove(name);
        _live[name] = value;
    }

    public void Remove(string name)
    {
        _live.Remove(name);
        _stored.Remove(name);
        _removed.Add(name);
    }

    public void Clear()
    {
        foreach (var name in _stored.Keys.Concat(_live.Keys).ToList()) Remove(name);
    }

    /// <summary>The JSON to write, or null when nothing changed since load (unless forced).</summary>
    public string? GetChangedJson(bool force)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in _stored)
            {
                if (_live.ContainsKey(name)) continue;
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
            foreach (var (name, value) in _live)
            {
                if (value is null) continue;
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, value, value.GetType(), BotJson.Options);
            }
            writer.WriteEndObject();
        }
        var json = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return force || !string.Equals(json, _originalJson, StringComparison.Ordinal) ? json : null;
    }

    public void MarkSaved(string json, string eTag)
    {
        _originalJson = json;
        ETag = eTag;
    }
}
