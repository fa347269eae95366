using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Tips;

/// <summary>A tip of the library with how people rated it.</summary>
public sealed record TipInfo(
    int Id, string Code, TipAudience Audience, string Topic, string Ages, string Months, string TextZhCn, string TextZhTw, string TextEn,
    bool Active, string Origin, DateTimeOffset UpdatedAt, int Sent, int Useful, int NotUseful)
{
    /// <summary>The text in the recipient's language: English for en*, Traditional for zh-TW/HK/MO/Hant, else Simplified.</summary>
    public string Text(string? locale)
    {
        var l = locale?.Trim() ?? "";
        if (l.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return TextEn;
        return l.StartsWith("zh-TW", StringComparison.OrdinalIgnoreCase) || l.StartsWith("zh-HK", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("zh-MO", StringComparison.OrdinalIgnoreCase) || l.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase)
            ? TextZhTw
            : TextZhCn;
    }
}
