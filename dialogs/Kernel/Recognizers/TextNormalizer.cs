using System.Text;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>Folds what users type on Chinese keyboards into one form: half-width, lower-case, no edge punctuation.</summary>
public static class TextNormalizer
{
    /// <summary>Inputs longer than this are not recognised at all (a pasted letter is not an answer to a prompt).</summary>
    public const int MaxRecognizedLength = 200;

    private const string EdgePunctuation = " \t\r\n.,!?;:~'\"。，！？；：、～…·—()（）[]【】「」『』《》“”‘’";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch == '\u3000') sb.Append(' ');
            else if (ch is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(ch - 0xFEE0));
            else sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString().Trim(EdgePunctuation.ToCharArray());
    }

    /// <summary>Normalises and drops inner spaces ("明天 下午 3 点" → "明天下午3点").</summary>
    public static string Compact(string? text) => Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Removes sentence-final particles (好的呀 → 好的, 算了吧 → 算了).</summary>
    public static string StripParticles(string text)
    {
        var t = text;
        while (t.Length > 1 && "啊呀吧呢哈啦喔哦嘛哇咯噢".Contains(t[^1], StringComparison.Ordinal)) t = t[..^1];
        return t;
    }

    public static bool IsTooLong(string? text) => text is not null && text.Length > MaxRecognizedLength;
}
