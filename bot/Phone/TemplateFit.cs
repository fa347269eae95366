using System.Text;
using System.Text.RegularExpressions;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// Makes a template's values pass the provider's variable review before sending, so a refusal is never predictable:
/// links are taken out (neither provider lets a variable carry one), 【】 become （） (they would read as a signature),
/// number variables keep their digits, and a value longer than its approved length is split into several SMS in
/// order (cut after a line or a sentence where one ends in the window) or cut with "…" when the template says so.
/// </summary>
internal static partial class TemplateFit
{
    /// <summary>The values of each SMS to send, in order (one set unless a text had to be split).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Fit(ProviderTemplate template, IReadOnlyList<string> values)
    {
        var names = template.ParameterNames();
        var clean = new List<string>(values.Count);
        int? overlong = null;
        List<string>? pieces = null;
        for (var i = 0; i < values.Count; i++)
        {
            var rule = i < names.Count && template.Rules.TryGetValue(names[i], out var r) ? r : null;
            var value = Clean(values[i], rule?.Kind ?? VariableKind.Text);
            if (rule is { MaxLength: > 0 } && Length(value) > rule.MaxLength)
            {
                if (rule.Kind == VariableKind.Text && template.Overflow == OverflowMode.Split && overlong is null)
                {
                    overlong = i;
                    pieces = Split(value, rule.MaxLength);
                }
                else value = Cut(value, rule.MaxLength, ellipsis: rule.Kind == VariableKind.Text);
            }
            clean.Add(value);
        }
        if (overlong is not { } at) return [clean];
        return pieces!.Select(p =>
        {
            var set = new List<string>(clean) { [at] = p };
            return (IReadOnlyList<string>)set;
        }).ToList();
    }

    /// <summary>One set of values whatever the length (a call is one call): an overlong text is cut with "…".</summary>
    public static IReadOnlyList<string> FitOne(ProviderTemplate template, IReadOnlyList<string> values) =>
        Fit(new ProviderTemplate { TemplateId = template.TemplateId, Parameters = template.Parameters, Rules = template.Rules, Overflow = OverflowMode.Truncate }, values)[0];

    /// <summary>Characters as the providers count them (a surrogate pair is one).</summary>
    public static int Length(string value) => value.EnumerateRunes().Count();

    private static string Clean(string value, VariableKind kind)
    {
        if (kind == VariableKind.Number) return new string(value.Where(char.IsAsciiDigit).ToArray());
        var text = Link().Replace(value, "").Replace('【', '（').Replace('】', '）');
        return MultiSpace().Replace(text, " ").Trim();
    }

    /// <summary>Pieces of at most <paramref name="max"/> characters, each cut after the last line break or sentence end in its window.</summary>
    private static List<string> Split(string value, int max)
    {
        var runes = value.EnumerateRunes().ToList();
        var pieces = new List<string>();
        var start = 0;
        while (start < runes.Count)
        {
            var end = Math.Min(start + max, runes.Count);
            if (end < runes.Count) end = BreakAfter(runes, start, end, max, r => r == '\n') ?? BreakAfter(runes, start, end, max, r => r is '。' or '！' or '？' or '；' or '，' or ',' or '.') ?? end;
            var piece = Join(runes, start, end).Trim();
            if (piece.Length > 0) pieces.Add(piece);
            start = end;
        }
        return pieces;
    }

    /// <summary>Just after the last rune in the window's second half that <paramref name="isBreak"/> accepts, if any.</summary>
    private static int? BreakAfter(List<Rune> runes, int start, int end, int max, Func<int, bool> isBreak)
    {
        for (var j = end - 1; j > start + max / 2; j--)
        {
            if (isBreak(runes[j].Value)) return j + 1;
        }
        return null;
    }

    private static string Cut(string value, int max, bool ellipsis)
    {
        var runes = value.EnumerateRunes().ToList();
        return ellipsis ? Join(runes, 0, max - 1).TrimEnd() + "…" : Join(runes, 0, max);
    }

    private static string Join(List<Rune> runes, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i < to; i++) sb.Append(runes[i].ToString());
        return sb.ToString();
    }

    [GeneratedRegex(@"(https?://|www\.)[^\s，。]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();
}
