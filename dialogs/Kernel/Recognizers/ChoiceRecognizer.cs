namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Picks an option by number ("1", "回复1", "第二个", "１"), by title, by synonym, or by a suggested-action tap (which
/// sends the title). A title contained in a longer message counts only when exactly one title matches.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] NumberPrefixes = ["回复", "回覆", "选择", "選擇", "选", "選", "option", "reply", "no.", "#"];

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0 || TextNormalizer.IsTooLong(text)) return null;
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(text));
        if (t.Length == 0) return null;

        for (var i = 0; i < choices.Count; i++)
        {
            if (TextNormalizer.Compact(choices[i].Value) == t) return new FoundChoice(choices[i].Value, i, 1.0, choices[i].Value);
        }
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var s in choices[i].Synonyms ?? [])
            {
                if (TextNormalizer.Compact(s) == t) return new FoundChoice(choices[i].Value, i, 0.9, s);
            }
        }
        if (TryIndex(t, choices.Count, out var index)) return new FoundChoice(choices[index].Value, index, 1.0, t);

        FoundChoice? partial = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var title = TextNormalizer.Compact(choices[i].Value);
            if (title.Length < 2 || !t.Contains(title, StringComparison.Ordinal)) continue;
            if (partial is not null) return null;
            partial = new FoundChoice(choices[i].Value, i, 0.6, choices[i].Value);
        }
        return partial;
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
        if (!NumberRecognizer.TryRecognize(t, out var n) || n != decimal.Truncate(n)) return false;
        if (n < 1 || n > count) return false;
        index = (int)n - 1;
        return true;
    }
}
