namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// The only files we keep: images recognised by their first bytes, whatever the client called them. A page, an SVG or a
/// script never gets stored, so it can never be served back from our origin (issue #14, the stored-page takeover).
/// </summary>
internal static class UploadTypes
{
    /// <summary>The image type the bytes really are, or null when they are not one we accept.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) return "image/gif";
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    /// <summary>Types served inline (shown in the chat); anything else already stored is only ever a download.</summary>
    public static bool IsSafeImage(string? contentType) => contentType is "image/png" or "image/jpeg" or "image/gif" or "image/webp";

    /// <summary>A display name without paths, control or direction characters, at most 100 characters.</summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var file = name.Replace('\\', '/');
        file = file[(file.LastIndexOf('/') + 1)..];
        var clean = Security.UserText.Clean(file).Replace("\"", string.Empty, StringComparison.Ordinal).Trim();
        if (clean.Length > 100) clean = clean[..100];
        return clean.Length == 0 ? null : clean;
    }
}
