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
        // Every recogniser of every turn asks this, mostly of text already in this form: folded in a buffer on the stack,
        // and the text itself is returned when nothing changed (issue 16: 3 % of a turn's allocations).
        Span<char> folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            folded[i] = ch == '\u3000' ? ' ' : ch is >= '\uFF01' and <= '\uFF5E' ? char.ToLowerInvariant((char)(ch - 0xFEE0)) : char.ToLowerInvariant(ch);
        }
        ReadOnlySpan<char> trimmed = ((ReadOnlySpan<char>)folded).Trim(EdgePunctuation);
        return trimmed.SequenceEqual(text) ? text : new string(trimmed);
    }

    /// <summary>Normalises and keeps only letters and digits: two messages that say the same words ("还联系不上！" and "还联系不上").</summary>
    public static string LettersAndDigits(string? text) => string.Concat(Normalize(text).Where(char.IsLetterOrDigit));

    /// <summary>Normalises and folds Traditional characters onto Simplified ones ("小紅" → "小红").</summary>
    public static string Fold(string? text) => TraditionalChinese.ToSimplified(Normalize(text));

    /// <summary>
    /// What the recognisers read: half-width, Simplified, trimmed, but with its punctuation kept (".5" stays a number,
    /// "8:30" a time). Case is kept for the library's own rules.
    /// </summary>
    public static string ForRecognition(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch == '\u3000') sb.Append(' ');
            else if (ch is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(ch - 0xFEE0));
            else sb.Append(ch);
        }
        var t = TraditionalChinese.ToSimplified(sb.ToString().Trim());
        // "明天 下午 3 点": spaces beside Chinese characters only separate what is read as one phrase.
        if (t.Contains(' ', StringComparison.Ordinal) && HasHan(t))
        {
            sb.Clear();
            for (var i = 0; i < t.Length; i++)
            {
                if (char.IsWhiteSpace(t[i]) && ((i > 0 && IsHanOrDigit(t[i - 1])) || (i + 1 < t.Length && IsHanOrDigit(t[i + 1])))
                    && (i == 0 || !char.IsAsciiLetter(t[i - 1])) && (i + 1 >= t.Length || !char.IsAsciiLetter(t[i + 1])))
                {
                    continue;
                }
                sb.Append(t[i]);
            }
            t = sb.ToString();
        }
        return t;
    }

    private static bool IsHanOrDigit(char c) => char.IsAsciiDigit(c) || c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>True when the text has a CJK ideograph: such text is read with the Chinese models.</summary>
    public static bool HasHan(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf') return true;
        }
        return false;
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
