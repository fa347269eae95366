using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>Applies <see cref="UrgencyLexicon"/> to a message.</summary>
internal static partial class UrgencyDetector
{
    private const int NegationWindow = 4;

    /// <summary>The danger category that makes the text urgent, or null.</summary>
    /// <param name="folded">The text after <see cref="ChineseScript.Fold"/>.</param>
    public static string? Detect(string folded)
    {
        // "被同学打", "被他后爸打了": the passive with a hitting verb a few characters on, whoever the hitter is.
        if (PassiveHit().IsMatch(folded)) return "violence";
        string? weakReason = null;
        foreach (var category in UrgencyLexicon.Categories)
        {
            foreach (var term in category.Strong)
            {
                var at = Find(folded, term);
                if (at >= 0 && !(NegatedBefore(folded, at) && IsReminder(folded))) return category.Name;
            }
            if (weakReason is not null) continue;
            foreach (var term in category.Weak)
            {
                var at = Find(folded, term);
                if (at < 0 || IsReminder(folded) || NegatedBefore(folded, at)) continue;
                weakReason = category.Name;
                break;
            }
        }
        return weakReason;
    }

    /// <summary>A reminder with no sign of a present event.</summary>
    private static bool IsReminder(string folded) =>
        ContainsAny(folded, UrgencyLexicon.ReminderContext) && !ContainsAny(folded, UrgencyLexicon.EventMarkers);

    private static bool NegatedBefore(string folded, int at)
    {
        if (ContainsAny(folded, UrgencyLexicon.EventMarkers)) return false;
        var start = Math.Max(0, at - NegationWindow - 6);
        var window = folded.AsSpan(start, at - start);
        foreach (var negation in UrgencyLexicon.Negations)
            if (window.IndexOf(negation, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>First occurrence of the term; Latin words and numbers (110, 120) must stand alone.</summary>
    private static int Find(string text, string term)
    {
        var at = text.IndexOf(term, StringComparison.Ordinal);
        if (at < 0 || !char.IsAsciiLetterOrDigit(term[0])) return at;
        while (at >= 0)
        {
            var end = at + term.Length;
            var before = at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]);
            var after = end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]) || !char.IsAsciiLetterOrDigit(term[^1]);
            if (before && after) return at;
            at = text.IndexOf(term, at + 1, StringComparison.Ordinal);
        }
        return -1;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
            if (text.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    [GeneratedRegex("被[^，。,.!?！？\\s]{0,5}?(?:打(?!扫|针|电话|球|卡|饭|疫苗|分|字|印|开|算|招呼|工)|揍|踢|砍|捅|殴)")]
    private static partial Regex PassiveHit();
}
