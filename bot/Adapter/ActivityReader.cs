using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>Reads one activity from a request body with a size cap; never throws for bad input.</summary>
internal static class ActivityReader
{
    public enum Status { Ok, TooLarge, Malformed, MissingFields }

    public static async Task<(Status Status, Activity? Activity)> ReadAsync(HttpRequest request, int maxBytes, bool requireConversation, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (Status.TooLarge, null);
        // Parsed where Kestrel buffered it: copying every body into a fresh 32 KB chunk and a MemoryStream was a fifth
        // of all the bytes a turn allocated.
        var body = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(ct).ConfigureAwait(false);
            if (read.Buffer.Length > maxBytes)
            {
                body.AdvanceTo(read.Buffer.End);
                return (Status.TooLarge, null);
            }
            if (read.IsCompleted || read.IsCanceled) break;
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        Activity? activity;
        try
        {
            activity = Parse(read.Buffer);
        }
        catch (JsonException)
        {
            return (Status.Malformed, null);
        }
        catch (InvalidOperationException)
        {
            return (Status.Malformed, null);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
        if (activity is null) return (Status.Malformed, null);
        if (string.IsNullOrWhiteSpace(activity.Type)) return (Status.MissingFields, activity);
        if (requireConversation && (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)))
            return (Status.MissingFields, activity);
        return (Status.Ok, activity);
    }

    /// <summary>The whole body as one JSON document (trailing content is an error, as for a byte array).</summary>
    private static Activity? Parse(ReadOnlySequence<byte> json)
    {
        if (json.IsSingleSegment) return JsonSerializer.Deserialize<Activity>(json.FirstSpan, BotJson.Options);
        var length = checked((int)json.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            json.CopyTo(rented);
            return JsonSerializer.Deserialize<Activity>(rented.AsSpan(0, length), BotJson.Options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } ct && (ct.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || ct.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, or null as soon as it passes <paramref name="maxBytes"/> (never buffers more).</summary>
    internal static async Task<byte[]?> ReadCappedAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(32 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
