namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// Finds a message saying the child's guardian cannot care for them now: in hospital, gravely ill, dead, or away for a
/// while, or plainly "没人照顾". The subject matters: "爷爷住院了" is a guardian gone, "孙子住院了" is a sick child and
/// "我在医院陪孩子" is a guardian at the child's side, so the nearest person before the word within its clause
/// decides. Denied ("不用住院"), recovered ("出院了") and asked ("要住院吗") words do not count.
/// </summary>
internal static class GuardianCareDetector
{
    /// <summary>Words after the hospital word that put the guardian at someone else's bedside or at work.</summary>
    private static readonly string[] Beside = ["陪", "照顾孙", "照顾孩子", "上班", "工作", "拿药", "开药", "体检", "检查", "看望", "探望", "打针", "visit"];

    /// <summary>Words anywhere in the clause that make the hospital a workplace.</summary>
    private static readonly string[] Workplace = ["上班", "当护士", "当医生", "做护士", "做医生", "打工", "work in", "works in", "working in", "nurse"];

    /// <summary>Words that contain a guardian word but name something else.</summary>
    private static readonly string[] Masked = ["牛奶", "奶粉", "酸奶", "奶茶", "奶油", "爷们"];

    /// <param name="folded">The text after <see cref="ChineseScript.Fold"/>, lower-case.</param>
    public static bool CannotCare(string folded)
    {
        var text = ClausesBySpaces(folded);
        foreach (var m in Masked) text = text.Replace(m, new string('_', m.Length), StringComparison.Ordinal);

        foreach (var phrase in GuardianCareLexicon.NoCare)
        {
            var at = Find(text, phrase);
            if (at >= 0 && !Denied(text, at) && !AboutSchoolwork(text, at)) return true;
        }
        foreach (var term in GuardianCareLexicon.Incapacity)
        {
            for (var at = Find(text, term); at >= 0; at = Find(text, term, at + 1))
            {
                if (Counts(text, at, term, needsDuration: false)) return true;
            }
        }
        foreach (var term in GuardianCareLexicon.Away)
        {
            for (var at = Find(text, term); at >= 0; at = Find(text, term, at + 1))
            {
                if (Counts(text, at, term, needsDuration: true)) return true;
            }
        }
        return false;
    }

    private static bool Counts(string text, int at, string term, bool needsDuration)
    {
        if (Denied(text, at) || Asked(text, at + term.Length)) return false;
        var (start, end) = Clause(text, at);
        var after = text.AsSpan(at + term.Length, end - at - term.Length);
        foreach (var w in Beside)
            if (after.IndexOf(w, StringComparison.Ordinal) >= 0) return false;
        if (Recovers(text, at + term.Length)) return false;
        if (!needsDuration && ContainsAny(text.AsSpan(start, end - start), Workplace)) return false;
        // "去外地看病，要去半个月": the length of time may stand in the next clause.
        if (needsDuration && !ContainsAny(text, GuardianCareLexicon.Duration)) return false;
        var subject = Subject(text, start, at);
        var latin = char.IsAsciiLetter(term[0]);
        // English has a subject in every sentence; Chinese often drops it ("中风住院了"), and then the writer means the guardian.
        return subject == true || (subject is null && !latin);
    }

    /// <summary>True: a guardian (or the writer) is nearest before the word; false: someone else; null: nobody named.</summary>
    private static bool? Subject(string text, int start, int at)
    {
        var span = text[start..at];
        var guardian = LastIndexOfAny(span, GuardianCareLexicon.Guardians);
        var other = LastIndexOfAny(span, GuardianCareLexicon.Others);
        if (guardian < 0 && other < 0) return null;
        return guardian > other;
    }

    /// <summary>
    /// People typing Chinese on a phone often end a clause with a space ("老伴中风住院了 我得去医院陪着"); between two
    /// Chinese characters it is read as a comma, so the next clause's "陪" does not cancel the first. English keeps its spaces.
    /// </summary>
    private static string ClausesBySpaces(string text)
    {
        if (text.IndexOf(' ') < 0 && text.IndexOf('\u3000') < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (chars[i] is not (' ' or '\u3000')) continue;
            var next = i + 1;
            while (next < chars.Length && chars[next] is ' ' or '\u3000') next++;
            if (next < chars.Length && !char.IsAscii(chars[i - 1]) && !char.IsAscii(chars[next])) chars[i] = '，';
        }
        return new string(chars);
    }

    private static (int Start, int End) Clause(string text, int at)
    {
        var start = text.LastIndexOfAny(GuardianCareLexicon.ClauseEnds, Math.Max(0, at - 1));
        var end = text.IndexOfAny(GuardianCareLexicon.ClauseEnds, at);
        return (start < 0 ? 0 : start + 1, end < 0 ? text.Length : end);
    }

    /// <summary>"出院了", "好多了" anywhere after the word: the guardian is back.</summary>
    private static bool Recovers(string text, int from)
    {
        var rest = text.AsSpan(from);
        foreach (var w in GuardianCareLexicon.Recovered)
        {
            var i = rest.IndexOf(w, StringComparison.Ordinal);
            // "还没好", "没有出院": not recovered.
            if (i >= 0 && !(i >= 1 && rest[i - 1] is '没' or '未' or '不') && !(i >= 2 && rest.Slice(i - 2, 2).SequenceEqual("没有"))) return true;
        }
        return false;
    }

    /// <summary>"作业没人管": a homework worry, not a child alone.</summary>
    private static bool AboutSchoolwork(string text, int at)
    {
        var window = text.AsSpan(Math.Max(0, at - 4), Math.Min(at, 4));
        return window.IndexOf("作业", StringComparison.Ordinal) >= 0 || window.IndexOf("学习", StringComparison.Ordinal) >= 0
            || window.IndexOf("功课", StringComparison.Ordinal) >= 0 || window.IndexOf("homework", StringComparison.Ordinal) >= 0;
    }

    private static bool Denied(string text, int at)
    {
        var window = text.AsSpan(Math.Max(0, at - 2), Math.Min(at, 2));
        var latin = text.AsSpan(Math.Max(0, at - 8), Math.Min(at, 8));
        foreach (var d in GuardianCareLexicon.Denials)
        {
            var span = char.IsAsciiLetter(d[0]) ? latin : window;
            if (span.EndsWith(d, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"要住院吗？", "需要住院吧": a question, not news.</summary>
    private static bool Asked(string text, int after)
    {
        var rest = text.AsSpan(after).TrimStart();
        if (rest.Length > 0 && rest[0] == '了') rest = rest[1..].TrimStart();
        return rest.Length > 0 && rest[0] is '吗' or '吧' or '嘛' or '么' or '?' or '？';
    }

    private static int LastIndexOfAny(string span, string[] words)
    {
        var last = -1;
        foreach (var w in words)
        {
            for (var i = Find(span, w); i >= 0; i = Find(span, w, i + 1)) last = Math.Max(last, i);
        }
        return last;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
            if (text.IndexOf(w, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>Occurrence of the term from <paramref name="from"/>; Latin words must stand alone ("i" is not in "is").</summary>
    private static int Find(string text, string term, int from = 0)
    {
        for (var at = text.IndexOf(term, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (!char.IsAsciiLetterOrDigit(term[0])) return at;
            var end = at + term.Length;
            var before = at == 0 || !char.IsAsciiLetter(text[at - 1]);
            var after = end >= text.Length || !char.IsAsciiLetter(text[end]) || !char.IsAsciiLetter(term[^1]);
            if (before && after) return at;
        }
        return -1;
    }
}
