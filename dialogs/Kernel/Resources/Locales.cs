namespace LeftBehind.Dialogs.Resources;

/// <summary>The three languages we speak, and how any locale tag maps onto them.</summary>
public static class Locales
{
    public const string ZhCn = "zh-CN";
    public const string ZhTw = "zh-TW";
    public const string En = "en-US";
    public const string Default = ZhCn;

    /// <summary>zh, zh-Hans, zh-SG → zh-CN; zh-TW, zh-HK, zh-MO, zh-Hant → zh-TW; en* → en-US; else null.</summary>
    public static string? Normalize(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        var l = locale.Trim().Replace('_', '-').ToLowerInvariant();
        if (l.StartsWith("en", StringComparison.Ordinal)) return En;
        if (!l.StartsWith("zh", StringComparison.Ordinal)) return null;
        return l.Contains("tw", StringComparison.Ordinal) || l.Contains("hk", StringComparison.Ordinal)
            || l.Contains("mo", StringComparison.Ordinal) || l.Contains("hant", StringComparison.Ordinal) ? ZhTw : ZhCn;
    }

    public static bool IsEnglish(string? locale) => Normalize(locale) == En;

    public static bool IsTraditional(string? locale) => Normalize(locale) == ZhTw;
}
