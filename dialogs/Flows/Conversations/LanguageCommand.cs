using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Whole-message language switches that work anywhere: "English", "繁體", "简体" choose a language, "语言" asks.
/// Exact matches only, so a sentence that mentions English is not a switch.
/// </summary>
internal static class LanguageCommand
{
    /// <summary>The switch's target locale; <see cref="Ask"/> for "which language?".</summary>
    public const string Ask = "ask";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["english"] = Locales.En, ["英文"] = Locales.En, ["英语"] = Locales.En, ["英語"] = Locales.En,
        ["繁體"] = Locales.ZhTw, ["繁体"] = Locales.ZhTw, ["繁體中文"] = Locales.ZhTw, ["繁体中文"] = Locales.ZhTw, ["正體中文"] = Locales.ZhTw,
        ["简体"] = Locales.ZhCn, ["簡體"] = Locales.ZhCn, ["简体中文"] = Locales.ZhCn, ["簡體中文"] = Locales.ZhCn, ["中文"] = Locales.ZhCn,
        ["语言"] = Ask, ["語言"] = Ask, ["language"] = Ask, ["切换语言"] = Ask, ["切換語言"] = Ask,
    };

    /// <summary>The chosen locale, <see cref="Ask"/>, or null when the message is not a language command.</summary>
    public static string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20) return null;
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(text));
        return Words.GetValueOrDefault(t);
    }
}
