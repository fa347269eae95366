using System.Globalization;
using System.Text;

namespace LeftBehind.Bot.Security;

/// <summary>
/// What one person writes to another, made inert: control characters (NUL, ESC …), bidirectional overrides and
/// isolates, and zero-width characters are removed; line breaks and tabs stay. A zero-width joiner stays only inside an
/// emoji sequence (👨‍👩‍👧), where it is how the emoji is spelled.
/// </summary>
internal static class UserText
{
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u200D' && i > 0 && i < text.Length - 1 && IsEmojiPart(text, i - 1) && IsEmojiPart(text, i + 1))
            {
                sb.Append(c);
                continue;
            }
            if (!IsUnwanted(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (IsUnwanted(c)) return true;
        }
        return false;
    }

    private static bool IsUnwanted(char c) => c switch
    {
        '\n' or '\t' or '\r' => false,
        < '\u0020' or (>= '\u007F' and <= '\u009F') => true, // C0 and C1 controls, DEL
        '\u061C' or '\u200E' or '\u200F' => true, // Arabic letter mark, LRM, RLM
        >= '\u202A' and <= '\u202E' => true, // embeddings and overrides
        >= '\u2066' and <= '\u2069' => true, // isolates
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E' => true, // zero-width
        _ => false,
    };

    private static bool IsEmojiPart(string text, int index)
    {
        var c = text[index];
        if (char.IsSurrogate(c)) return true;
        return c is >= '\u2600' and <= '\u27BF' || c == '\uFE0F' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
    }
}
