using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Notifications;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// Reads a teacher's answer: one mark ("1", "好", "需要关心", "学习一般") or all five at once ("11213", "1 1 2 1 3",
/// "好 好 一般 好 好", "学习好 生活好 情绪好 交友一般 身体好").
/// </summary>
internal static class TalkMarks
{
    public static readonly TalkMark[] All = [TalkMark.Good, TalkMark.Fair, TalkMark.NeedsCare];

    private static readonly char[] Separators = [' ', '\u3000', ',', '，', '、', '/', ';', '；'];

    public static IReadOnlyList<TalkMark>? Read(string? text) => Read(text, 5);

    /// <summary>One mark, or all <paramref name="count"/> at once (a 家访 has four aspects) in digits or words.</summary>
    public static IReadOnlyList<TalkMark>? Read(string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Five words at once ("好 好 一般 好 好", "好、好、一般、好、需要关心") read as the five digits do.
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == count && words.Select(w => ReadOne(w, count)).ToArray() is var each && each.All(m => m is not null))
            return each.Select(m => m!.Value).ToArray();
        // "学习好 生活好 情绪好 交友一般 身体好": each mark after its aspect's name, in the aspects' order whatever the order written.
        if (count == AspectCount && words.Length == count && words.Select(Named).ToArray() is var named
            && named.All(n => n is not null) && named.Select(n => n!.Value.Aspect).Distinct().Count() == count)
            return named.OrderBy(n => n!.Value.Aspect).Select(n => n!.Value.Mark).ToArray();
        // "学习一般": one mark after the aspect's name.
        if (words.Length == 1 && Named(words[0]) is { } one) return [one.Mark];
        return ReadAll(text, count);
    }

    private static readonly int AspectCount = Enum.GetValues<TalkAspect>().Length;

    // The aspects' names in every language, longest first (read once: every answer at the talk's questions asks).
    private static readonly (string Name, TalkAspect Aspect)[] AspectNames =
    [
        .. new[] { "zh-CN", "zh-TW", "en" }
            .SelectMany(c => Enum.GetValues<TalkAspect>().Select(a => (TextNormalizer.Compact(FamilyNotifications.TalkAspectName(CultureInfo.GetCultureInfo(c), a)).ToLowerInvariant(), a)))
            .Distinct()
            .OrderByDescending(n => n.Item1.Length),
    ];

    /// <summary>"交友一般": the aspect named first and the one mark after it; null when either is missing.</summary>
    private static (TalkAspect Aspect, TalkMark Mark)? Named(string word)
    {
        var compact = TextNormalizer.Compact(word).ToLowerInvariant();
        foreach (var (name, aspect) in AspectNames)
        {
            if (compact.Length <= name.Length || !compact.StartsWith(name, StringComparison.Ordinal)) continue;
            return ReadOne(compact[name.Length..].TrimStart(':', '：'), 1) is { } mark ? (aspect, mark) : null;
        }
        return null;
    }

    private static TalkMark? ReadOne(string word, int count) => ReadAll(word, count) is [var only] ? only : null;

    private static IReadOnlyList<TalkMark>? ReadAll(string text, int count)
    {
        var compact = TextNormalizer.Compact(text).Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).ToLowerInvariant();
        if (compact.Length == count && compact.All(c => c is >= '1' and <= '3'))
            return compact.Select(c => All[c - '1']).ToArray();
        if (compact.Length == 1 && compact[0] is >= '1' and <= '3') return [All[compact[0] - '1']];
        foreach (var mark in new[] { TalkMark.NeedsCare, TalkMark.Fair, TalkMark.Good })
        {
            foreach (var word in CareText.WordsInAllLanguages("Mark_" + mark))
            {
                if (compact == TextNormalizer.Compact(word).ToLowerInvariant()) return [mark];
            }
        }
        return compact switch
        {
            "需要" or "关心" or "關心" or "差" or "不好" or "bad" => [TalkMark.NeedsCare],
            "还行" or "還行" or "还可以" or "還可以" or "ok" or "fair" => [TalkMark.Fair],
            "很好" or "不错" or "不錯" or "挺好" or "great" or "fine" => [TalkMark.Good],
            _ => null,
        };
    }
}
