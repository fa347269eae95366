using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A child's name written in pinyin, as parents on an English screen type it: tone-less, any case, with or without
/// spaces, the full name or the given name alone ("xiaoming", "Xiao Ming", "wangxiaoming" for 王小明). The pinyin comes
/// from ICU (<see cref="HanLatin"/>); a one-character given name alone is too ambiguous, as in characters.
/// </summary>
internal static class PinyinNames
{
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/> has Latin letters spelling <paramref name="name"/> in pinyin.</summary>
    public static bool Contains(string text, string name)
    {
        if (!text.Any(char.IsAsciiLetter)) return false;
        return Patterns.GetOrAdd(name, Build) is { } pattern && pattern.IsMatch(text);
    }

    /// <summary><paramref name="text"/> without the pinyin of <paramref name="name"/>.</summary>
    public static string Strip(string text, string name) =>
        text.Any(char.IsAsciiLetter) && Patterns.GetOrAdd(name, Build) is { } pattern ? pattern.Replace(text, string.Empty) : text;

    private static Regex? Build(string name)
    {
        if (name.Length < 2 || !name.All(c => c is >= '\u4e00' and <= '\u9fff')) return null;
        var syllables = name.Select(c => HanLatin.ToPinyin(c.ToString())?.Trim() ?? string.Empty).ToList();
        if (syllables.Any(s => s.Length == 0 || !s.All(char.IsAsciiLetterLower))) return null;
        // The full name, or the given name of two characters or more; syllables may be run together or spaced.
        var full = string.Join("\\s*", syllables.Select(Regex.Escape));
        var given = name.Length >= 3 ? "|" + string.Join("\\s*", syllables.Skip(1).Select(Regex.Escape)) : string.Empty;
        return new Regex($"(?<![a-z])(?:{full}{given})(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
