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
        var bytes = await ReadCappedAsync(request.Body, maxBytes, ct).ConfigureAwait(false);
        if (bytes is null) return (Status.TooLarge, null);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes, BotJson.Options);
        }
        catch (JsonException)
        {
            return (Status.Malformed, null);
        }
        catch (InvalidOperationException)
        {
            return (Status.Malformed, null);
        }
        if (activity is null) return (Status.Malformed, null);
        if (string.IsNullOrWhiteSpace(activity.Type)) return (Status.MissingFields, activity);
        if (requireConversation && (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)))
            return (Status.MissingFields, activity);
        return (Status.Ok, activity);
    }

    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } ct && (ct.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || ct.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, or null as soon as it passes <paramref name="maxBytes"/> (never buffers more).</summary>
    internal static async Task<byte[]?> ReadCappedAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[32 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
