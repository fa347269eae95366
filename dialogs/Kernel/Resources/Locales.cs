using System.Globalization;

namespace LeftBehind.Dialogs.Resources;

/// <summary>The three languages we speak, and how any locale tag maps onto them.</summary>
public static class Locales
{
    public const string ZhCn = "zh-CN";
    public const string ZhTw = "zh-TW";
    public const string En = "en-US";
    public const string Default = ZhCn;

    // CultureInfo.GetCultureInfo takes a process-wide lock on every call; each turn asks for these several times.
    private static readonly CultureInfo ZhCnCulture = CultureInfo.GetCultureInfo(ZhCn);
    private static readonly CultureInfo ZhTwCulture = CultureInfo.GetCultureInfo(ZhTw);
    private static readonly CultureInfo EnCulture = CultureInfo.GetCultureInfo(En);

    /// <summary>The read-only culture of a tag: the same instance <see cref="CultureInfo.GetCultureInfo(string)"/> gives.</summary>
    public static CultureInfo Culture(string locale) => locale switch
    {
        ZhCn => ZhCnCulture,
        ZhTw => ZhTwCulture,
        En => EnCulture,
        _ => CultureInfo.GetCultureInfo(locale),
    };

    /// <summary>zh, zh-Hans, zh-SG → zh-CN; zh-TW, zh-HK, zh-MO, zh-Hant → zh-TW; en* → en-US; else null.</summary>
    public static string? Normalize(string? locale)
    {
        if (locale is ZhCn or ZhTw or En) return locale;
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
