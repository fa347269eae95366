using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>Tells Simplified Chinese, Traditional Chinese and English apart by character statistics.</summary>
internal static class ScriptDetector
{
    public static string Detect(string text, string? localeHint)
    {
        int han = 0, hans = 0, hant = 0, latin = 0;
        foreach (var c in text)
        {
            if (ChineseScript.IsHan(c))
            {
                han++;
                if (ChineseScript.IsSimplifiedOnly(c)) hans++;
                else if (ChineseScript.IsTraditionalOnly(c)) hant++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Chinese character carries about as much as a short English word, so a few Han characters outweigh
        // Latin letters from names or "ok".
        if (han == 0 && latin == 0) return FromHint(localeHint);
        if (han * 4 < latin) return TextLanguages.English;
        if (hant > hans) return TextLanguages.TraditionalChinese;
        if (hans > hant) return TextLanguages.SimplifiedChinese;
        return FromHint(localeHint) is TextLanguages.TraditionalChinese ? TextLanguages.TraditionalChinese : TextLanguages.SimplifiedChinese;
    }

    private static string FromHint(string? localeHint) => Locales.Normalize(localeHint) switch
    {
        Locales.En => TextLanguages.English,
        Locales.ZhTw => TextLanguages.TraditionalChinese,
        _ => TextLanguages.SimplifiedChinese,
    };
}
