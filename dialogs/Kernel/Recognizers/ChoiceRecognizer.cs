namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Picks an option the way people answer: by number ("1", "回复1", "第二个", "１"), by title or synonym (also a
/// suggested-action tap, which sends the title), by a title named inside a sentence ("我选小红吧"), by a unique part
/// of a title ("病" → 生病, "小明" → 王小明, "寄吧" → 寄出), by the longest stretch shared with exactly one title, or
/// by yes/no when exactly one option is itself a yes or a no, or has one among its synonyms ("行" → 可以; "是" → 寄出 when
/// 寄出 lists 好). A question asked back ("对不对") picks none.
/// Traditional and Simplified, full- and half-width, upper and lower case are alike ("小紅" → 小红).
/// <see cref="Candidates"/> returns every option that fits equally well, so an ambiguous answer can be asked about.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] NumberPrefixes = ["回复", "回覆", "选择", "选", "option", "reply", "no.", "#"];

    /// <summary>Words that only lead an answer in ("那就寄吧", "我选生病", "还是小明").</summary>
    private static readonly string[] LeadIns = ["那就", "就是", "我选", "我要", "选择", "应该是", "还是", "是", "就", "选", "要", "那"];

    private static readonly string[] Negations = ["不", "没", "别", "not", "don't", "no "];

    /// <summary>The option picked, or null when none fits or several fit equally well.</summary>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var found = Candidates(text, choices);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The options that fit best: one when the answer is clear, several when it is ambiguous, none when nothing fits.</summary>
    public static IReadOnlyList<FoundChoice> Candidates(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0 || TextNormalizer.IsTooLong(text)) return [];
        var t = TextNormalizer.StripParticles(Key(text));
        if (t.Length == 0) return [];
        var titles = choices.Select(c => Key(c.Value)).ToList();
        var synonyms = choices.Select(c => (c.Synonyms ?? []).Select(Key).Where(s => s.Length > 0).ToList()).ToList();

        var exact = Where(choices, i => titles[i] == t, 1.0, i => choices[i].Value);
        if (exact.Count > 0) return exact;
        var bySynonym = Where(choices, i => synonyms[i].Contains(t), 0.9, i => t);
        if (bySynonym.Count > 0) return bySynonym;
        if (TryIndex(t, choices.Count, out var index)) return [new FoundChoice(choices[index].Value, index, 1.0, t)];
        // "对不对" to 1 对 / 2 不对: asked back, it names both and picks neither (the question is asked again).
        if (ConfirmRecognizer.AsksBack(text)) return [];

        // "行", "好", "嗯" to a 可以/不行 question: a yes or a no picks the one option that is itself a yes or a no.
        if (ConfirmRecognizer.Recognize(text) is { } answer)
        {
            bool Means(int i, bool a) => ConfirmRecognizer.Recognize(choices[i].Value) == a || (choices[i].Synonyms ?? []).Any(s => ConfirmRecognizer.Recognize(s) == a);
            var same = Where(choices, i => Means(i, answer), 0.8, i => t);
            if (same.Count == 1) return same;
            // "嗯" to 1 要请假（补课） / 2 不用了: of two options one of which is the opposite answer, it means the other.
            if (same.Count == 0 && choices.Count == 2 && Where(choices, i => Means(i, !answer), 0.8, i => t) is [var opposite])
                return [new FoundChoice(choices[1 - opposite.Index].Value, 1 - opposite.Index, 0.8, t)];
        }

        // A title or synonym named inside the sentence; the longest name wins ("王小明" over "小明").
        var named = new List<(int Index, int Length)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var longest = new[] { titles[i] }.Concat(synonyms[i]).Where(n => n.Length >= 2 && t.Contains(n, StringComparison.Ordinal)).Select(n => n.Length).DefaultIfEmpty(0).Max();
            if (longest > 0) named.Add((i, longest));
        }
        if (named.Count > 0)
        {
            var best = named.Max(n => n.Length);
            return named.Where(n => n.Length == best).Select(n => new FoundChoice(choices[n.Index].Value, n.Index, 0.7, choices[n.Index].Value)).ToList();
        }

        // A part of a title: "病" → 生病, "小明" → 王小明, "寄吧" → 寄出.
        var core = StripLeadIns(t);
        if (core.Length >= (TextNormalizer.HasHan(core) ? 1 : 2))
        {
            var part = Where(choices, i => new[] { titles[i] }.Concat(synonyms[i]).Any(n => HasPart(n, core)), 0.6, i => core);
            if (part.Count > 0) return part;
        }

        // The longest stretch (two characters or more) shared with one title: "小明今天去了吗" → 王小明.
        if (!Negated(t))
        {
            // In a sentence, a stretch shared with a short title (a menu item, a name) counts only when it is half the
            // title or more: a teacher's 今天作业太多孩子们都要疯了 shares 孩子 with 录入孩子回信 and was taken for it.
            // A long title (a question in a list) is still picked by what an answer shares with it.
            var sentence = t.Length > MaxShortLength;
            var shared = choices.Select((_, i) => new[] { titles[i] }.Concat(synonyms[i])
                .Select(n => LongestCommon(t, n) is var common && (!sentence || n.Length > MaxShortLength || 2 * common >= n.Length) ? common : 0).DefaultIfEmpty(0).Max()).ToList();
            var top = shared.Max();
            if (top >= 2) return Where(choices, i => shared[i] == top, 0.5, i => choices[i].Value);

            // A two-character title said with a word between ("有点事" → 有事).
            var spread = Where(choices, i => titles[i].Length == 2 && titles[i].All(IsHan) && Subsequence(t, titles[i]), 0.4, i => choices[i].Value);
            if (spread.Count > 0) return spread;
        }
        return [];
    }

    /// <summary>Up to this many characters an answer or a title is short ("小明今天去了吗", "录入孩子回信"); longer is a sentence.</summary>
    private const int MaxShortLength = 8;

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static bool Subsequence(string text, string title)
    {
        var first = text.IndexOf(title[0]);
        return first >= 0 && text.IndexOf(title[1], first + 1) is var second && second > first && second - first <= 3;
    }

    private static string Key(string text) => TextNormalizer.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static List<FoundChoice> Where(IReadOnlyList<Choice> choices, Func<int, bool> test, double score, Func<int, string> synonym)
    {
        var list = new List<FoundChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            if (test(i)) list.Add(new FoundChoice(choices[i].Value, i, score, synonym(i)));
        }
        return list;
    }

    private static string StripLeadIns(string t)
    {
        var changed = true;
        while (changed && t.Length > 1)
        {
            changed = false;
            foreach (var lead in LeadIns)
            {
                if (t.Length > lead.Length && t.StartsWith(lead, StringComparison.Ordinal))
                {
                    t = t[lead.Length..];
                    changed = true;
                    break;
                }
            }
            var stripped = TextNormalizer.StripParticles(t.TrimEnd('了'));
            if (stripped != t && stripped.Length > 0)
            {
                t = stripped;
                changed = true;
            }
        }
        return t;
    }

    /// <summary>"寄" is part of 寄出 but not of 不寄了: a part the title negates is not what an un-negated answer means.</summary>
    private static bool HasPart(string name, string core)
    {
        var at = name.IndexOf(core, StringComparison.Ordinal);
        if (at < 0) return false;
        return at == 0 || Negated(core) || !Negated(name[(at - 1)..at]);
    }

    private static bool Negated(string t) => Negations.Any(n => t.Contains(n, StringComparison.Ordinal));

    private static int LongestCommon(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var best = 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                // Chinese characters only: two shared letters ("as" in "ask") say nothing.
                current[j] = a[i - 1] == b[j - 1] && IsHan(a[i - 1]) ? previous[j - 1] + 1 : 0;
                if (current[j] > best) best = current[j];
            }
            (previous, current) = (current, previous);
        }
        return best;
    }

    private static bool TryIndex(string t, int count, out int index)
    {
        index = -1;
        foreach (var prefix in NumberPrefixes)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal) && t.Length > prefix.Length)
            {
                t = t[prefix.Length..];
                break;
            }
        }
        if (!NumberRecognizer.TryRecognizeWhole(t, out var n) || n != decimal.Truncate(n)) return false;
        if (n < 1 || n > count) return false;
        index = (int)n - 1;
        return true;
    }
}
