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

    private static string FromHint(string? localeHint)
    {
        if (string.IsNullOrWhiteSpace(localeHint)) return TextLanguages.SimplifiedChinese;
        var hint = localeHint.Trim();
        if (hint.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return TextLanguages.English;
        if (hint.Contains("Hant", StringComparison.OrdinalIgnoreCase) || hint.EndsWith("TW", StringComparison.OrdinalIgnoreCase)
            || hint.EndsWith("HK", StringComparison.OrdinalIgnoreCase) || hint.EndsWith("MO", StringComparison.OrdinalIgnoreCase))
            return TextLanguages.TraditionalChinese;
        return TextLanguages.SimplifiedChinese;
    }
}
