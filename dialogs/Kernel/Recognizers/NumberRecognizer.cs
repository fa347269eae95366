using System.Globalization;
using Microsoft.Recognizers.Text;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Numbers as people type them, read by Microsoft.Recognizers.Text: 3, ３, .5, 1,000, -2, 三, 十二, 两, 3万4000,
/// 二分之一, 叁拾, three, "twenty-five", and a number inside a sentence ("要3个吧"). A message with two different numbers,
/// or whose number is part of a date or a duration ("三天后再说"), is not a number: the prompt asks again rather than guess.
/// Pure: the same text always gives the same answer.
/// </summary>
public static partial class NumberRecognizer
{
    public static bool TryRecognize(string? text, out decimal value) => Memo(text, whole: false, out value);

    /// <summary>
    /// Only a message that is a number and nothing more ("3", "３", "三", "第二个", "2号", "three"): menus read a digit as
    /// an option only when the user sent just that, never a number inside a sentence ("帮我问老师2件事").
    /// </summary>
    public static bool TryRecognizeWhole(string? text, out decimal value) => Memo(text, whole: true, out value);

    /// <summary>
    /// A turn asks about its one message several times (the menu, the prompt, the new-request check): the last answer
    /// on this thread is kept, as the recogniser is pure and costs a Recognizers-Text parse each time (issue 16).
    /// </summary>
    [ThreadStatic]
    private static LastAnswer? _last;

    private static bool Memo(string? text, bool whole, out decimal value)
    {
        if (text is not null && _last is { } last && last.Whole == whole && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            value = last.Value;
            return last.Found;
        }
        var found = whole ? RecognizeWhole(text, out value) : TryRecognize(text, whole: false, out value);
        if (text is not null) _last = new LastAnswer(text, whole, found, value);
        return found;
    }

    private static bool RecognizeWhole(string? text, out decimal value)
    {
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(text));
        if (t.StartsWith('第') && t.Length > 1) t = t[1..];
        if (t.Length > 1) t = t.TrimEnd('个', '個', '项', '項', '条', '條', '号', '號');
        return TryRecognize(t, whole: true, out value);
    }

    private static bool TryRecognize(string? text, bool whole, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.ForRecognition(text);
        if (t.Length == 0) return false;
        var chinese = TextNormalizer.HasHan(t);
        var found = Parse(TextModels.Number(chinese), t);
        if (found.Count == 0) return false;
        // "1,00": digit groups that are not thousands are not sure (a decimal comma? a typo?).
        if (BadGroupingRegex().IsMatch(t)) return false;
        // The library left part of a written number outside what it read ("-.5" read as 5, "--9" as -9): not sure.
        if (found.Any(f => f.Start > 0 && t[f.Start - 1] is '.' or '-' or ',' or (>= '0' and <= '9')
            || f.End >= 0 && f.End + 1 < t.Length && t[f.End + 1] is >= '0' and <= '9')) return false;
        var distinct = found.Select(f => f.Value).Distinct().ToList();
        if (distinct.Count != 1 || distinct[0] == decimal.MinValue) return false;
        if (whole && (found.Count != 1 || found[0].Start != 0 || found[0].End != t.Length - 1)) return false;
        // "三天后再说": the number is a date's or a duration's part, not an answer to "how many".
        if (found.Any(f => InsideDateTime(t, chinese, f.Start, f.End))) return false;
        value = distinct[0];
        return true;
    }

    /// <summary>A number with a unit ("8岁", "38度5", "500块"): one measure of <paramref name="kind"/> in the text, else null.</summary>
    public static Measure? RecognizeMeasure(string? text, MeasureKind kind)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var t = TextNormalizer.ForRecognition(text);
        var results = TextModels.WithUnit(kind, TextNormalizer.HasHan(t)).Parse(t);
        if (results.Count != 1) return null;
        var r = results[0].Resolution;
        if (r is null || !r.TryGetValue("value", out var v) || !TryDecimal(v as string, out var value)) return null;
        return new Measure(value, r.TryGetValue("unit", out var unit) ? unit as string ?? string.Empty : string.Empty);
    }

    private static List<(decimal Value, int Start, int End)> Parse(IModel model, string text)
    {
        var list = new List<(decimal, int, int)>();
        foreach (var result in model.Parse(text))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("value", out var v) || !TryDecimal(v as string, out var d))
            {
                // A number the library found but could not resolve is not guessed at.
                list.Clear();
                list.Add((0, -1, -1));
                list.Add((1, -1, -1));
                return list;
            }
            // Two readings of Chinese numerals must agree (the library misreads some 万…亿 numbers).
            if (ChineseNumerals.TryRead(result.Text) is { } own && own != d) d = decimal.MinValue;
            list.Add((d, result.Start, result.End));
        }
        return list;
    }

    private static bool InsideDateTime(string text, bool chinese, int start, int end)
    {
        if (start < 0) return false;
        foreach (var r in TextModels.DateTime(chinese).Parse(text, new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Unspecified)))
        {
            // "两天" answers "how many days"; "三天后" is a day, not a count.
            if (r.Start <= start && r.End >= end && (r.Start < start || r.End > end) && r.TypeName != "datetimeV2.duration") return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d,(?:\d{1,2}|\d{4,})(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex BadGroupingRegex();

    private sealed record LastAnswer(string Text, bool Whole, bool Found, decimal Value);

    internal static bool TryDecimal(string? s, out decimal value) =>
        decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
