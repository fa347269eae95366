using System.Buffers;
using System.Text;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.State;

/// <summary>
/// One state object for the length of a turn: the stored JSON properties plus the live typed objects handed out by
/// accessors. Saving serialises the live objects back and writes only when the JSON changed. A key that was not
/// stored is not created for values that are still what their default factory made (a default profile, an empty
/// dialog stack): the next turn's factory makes them again, so writing them would store nothing.
/// </summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, JsonElement> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]>? _defaults;
    private string _originalJson;

    public CachedBotState(string key, StorageEntry? entry)
    {
        Key = key;
        ETag = entry?.ETag;
        _originalJson = entry?.Json ?? "{}";
        if (entry is null) return;
        // One parse into memory of its own (not pooled): its properties need no copy each (issue 16).
        foreach (var p in JsonElement.Parse(entry.Json).EnumerateObject()) _stored[p.Name] = p.Value;
    }

    public string Key { get; }
    public string? ETag { get; private set; }

    /// <summary>Whether the key is in storage (it was read, or saved during this turn).</summary>
    public bool Exists => ETag is not null;

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
        _defaults?.Remove(name);
    }

    /// <summary>
    /// Sets a value an accessor's default factory just made. While the key is not stored, its JSON at creation is
    /// kept, so a save can tell a value nobody changed from one the turn filled in.
    /// </summary>
    public void SetDefault(string name, object? value)
    {
        Set(name, value);
        if (Exists || value is null) return;
        (_defaults ??= new(StringComparer.Ordinal))[name] = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), BotJson.Options);
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

    /// <summary>
    /// The JSON to write, or null when nothing changed since load (unless forced). For a key not stored yet, also
    /// null when every value is still its untouched default: creating the key would store nothing.
    /// </summary>
    public string? GetChangedJson(bool force)
    {
        var meaningful = Exists || force;
        // Every state of every turn is serialised here to see whether it changed (most do not): into this thread's
        // reused buffer, and a string is made only for a state that did change (issue 16: this method made 13 % of
        // the bytes a turn of the real flow allocated, a growing MemoryStream and a string per state).
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialBuffer);
        buffer.ResetWrittenCount();
        var writer = t_writer;
        if (writer is null) t_writer = writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder });
        else writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var (name, value) in _stored)
        {
            if (_live.ContainsKey(name)) continue;
            writer.WritePropertyName(name);
            value.WriteTo(writer);
            meaningful = true;
        }
        foreach (var (name, value) in _live)
        {
            if (value is null) continue;
            writer.WritePropertyName(name);
            if (meaningful)
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), BotJson.Options);
                continue;
            }
            var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), BotJson.Options);
            writer.WriteRawValue(json, skipInputValidation: true);
            meaningful = _defaults is null || !_defaults.TryGetValue(name, out var made) || !made.AsSpan().SequenceEqual(json);
        }
        writer.WriteEndObject();
        writer.Flush();
        try
        {
            if (!meaningful) return null;
            var written = buffer.WrittenSpan;
            return !force && SameAs(written, _originalJson) ? null : Encoding.UTF8.GetString(written);
        }
        finally
        {
            // A very large state does not keep its buffer for the thread's life.
            if (buffer.Capacity > MaxKeptBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private const int InitialBuffer = 4096;
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;
    [ThreadStatic] private static char[]? t_chars;

    /// <summary>Whether the UTF-8 <paramref name="utf8"/> is the text <paramref name="original"/>, without making a string.</summary>
    private static bool SameAs(ReadOnlySpan<byte> utf8, string original)
    {
        // UTF-8 never has fewer bytes than UTF-16 has chars, so a buffer of utf8.Length chars holds the decoded text.
        if (utf8.Length < original.Length) return false;
        var chars = t_chars is { } kept && kept.Length >= utf8.Length ? kept : new char[Math.Max(utf8.Length, InitialBuffer)];
        if (chars.Length <= MaxKeptBuffer) t_chars = chars;
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var written);
        return status == System.Buffers.OperationStatus.Done && chars.AsSpan(0, written).SequenceEqual(original);
    }

    public void MarkSaved(string json, string eTag)
    {
        _originalJson = json;
        ETag = eTag;
    }
}
