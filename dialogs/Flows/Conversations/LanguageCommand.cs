using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Whole-message language switches that work anywhere: "English", "繁體", "简体" choose a language, "语言" asks.
/// The words alone or with a polite frame ("English please", "请用繁体"); a sentence that only mentions English is not a switch.
/// </summary>
internal static partial class LanguageCommand
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

    [System.Text.RegularExpressions.GeneratedRegex("^(?:(?:please|pls|canyou|couldyou|can|could)?(?:speak|use|replyin|switchto|changeto|in)|please|pls|(?:请|請|麻烦|麻煩)?(?:用|说|說|讲|講|切换到|切換到|换成|換成|改成|改用|换|換)|请|請)")]
    private static partial System.Text.RegularExpressions.Regex PoliteHead();

    [System.Text.RegularExpressions.GeneratedRegex("(?:please|pls|thanks|thankyou|谢谢|謝謝|好吗|好嗎|可以吗|可以嗎|吧)$")]
    private static partial System.Text.RegularExpressions.Regex PoliteTail();

    /// <summary>The chosen locale, <see cref="Ask"/>, or null when the message is not a language command.</summary>
    public static string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20) return null;
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(text));
        if (Words.GetValueOrDefault(t) is { } exact) return exact;
        // "English please", "speak English", "请用繁体", "说英文吧": the same switch said politely.
        var core = PoliteTail().Replace(PoliteHead().Replace(t, string.Empty), string.Empty);
        return core.Length > 0 && core != t && Words.GetValueOrDefault(core) is { } polite && polite != Ask ? polite : null;
    }
}
