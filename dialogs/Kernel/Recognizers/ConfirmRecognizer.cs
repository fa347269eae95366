using System.Text;
using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Yes/no in zh-CN, zh-TW (folded to Simplified), English, dialect and chat forms (中/不中, 要得, 好嘞, 行, 成, 嗯嗯,
/// 管 (Henan's yes), 👌 in any skin tone, 不了, 算了). Every language's words are accepted whatever the user's locale.
/// A question asked back in the A-not-A form (中不中, 行不行, 可不可以: "is it all right?") is no answer, though 不中 is in it.
/// A message answers when its first clause is an answer ("不是，我说是7月4号" → no); "X而不是Y"/"X not Y" drops the
/// rejected Y. Otherwise answer words inside the sentence decide, but only when they all agree: a message with both
/// a yes and a no is asked again, never guessed.
/// </summary>
public static partial class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes =
    [
        "是", "是的", "是啊", "好", "好的", "好嘞", "好勒", "好滴", "好哒", "好呢", "对", "对的", "对头", "嗯", "嗯嗯", "恩", "恩恩", "行", "行的",
        "可以", "可以的", "确定", "确认", "要", "要的", "同意", "没问题", "当然", "当然可以", "中", "中嘞", "管", "管嘞", "要得", "成", "妥", "妥了", "得",
        "可行", "没得问题", "好吧", "好哇", "ok", "okay", "okey", "k", "yes", "y", "yeah", "yea", "yep", "yup", "sure", "agree", "fine",
        "alright", "all right", "of course", "certainly", "absolutely", "right", "correct", "sounds good", "good", "1", "👌", "👍",
    ];

    private static readonly HashSet<string> No =
    [
        "不", "不是", "不用", "不要", "没有", "否", "否定", "不行", "不可以", "不对", "不好", "不同意", "没", "别", "不需要", "不中", "要不得",
        "不成", "不了", "算了", "拒绝", "不必", "免了", "不用了", "不要了", "不行了", "不去", "不确定", "no", "n", "nope", "nah", "not",
        "disagree", "no thanks", "no thank you", "not ok", "not okay", "never", "2", "👎",
    ];

    /// <summary>Answer words that still mean yes or no inside a longer sentence (so not 是, 对, 中, 行: 中国, 银行, 对面).</summary>
    private static readonly (string Word, bool Answer)[] InSentence =
    [
        ("不同意", false), ("不可以", false), ("不行", false), ("不好", false), ("不中", false), ("不要", false), ("不用", false), ("拒绝", false),
        ("否定", false), ("没问题", true), ("同意", true), ("可以", true), ("可行", true), ("好的", true), ("好嘞", true), ("要得", true),
        ("👌", true), ("👍", true), ("👎", false),
        ("not ok", false), ("not okay", false), ("disagree", false), ("don't", false), ("do not", false), ("nope", false), ("no", false),
        ("yes", true), ("yeah", true), ("yep", true), ("yup", true), ("sure", true), ("agree", true), ("okay", true), ("ok", true),
        ("fine", true), ("sounds good", true),
    ];

    /// <summary>true for yes, false for no, null when the text is neither, both, empty or too long.</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var t = Prepare(text);
        if (AskedBackRegex().IsMatch(t)) return null;
        t = RejectedAlternativeRegex().Replace(t, string.Empty);
        var clauses = ClauseRegex().Split(t).Select(Clause).Where(c => c.Length > 0).ToList();
        if (clauses.Count == 0) return null;
        if (Exact(clauses[0]) is { } first)
        {
            // A later clause that is itself the opposite answer ("agree. it's not ok") leaves it unsure.
            return clauses.Skip(1).Any(c => Exact(c) == !first) ? null : first;
        }
        var exact = clauses.Select(Exact).Where(a => a is not null).Distinct().ToList();
        if (exact.Count == 1) return exact[0];
        if (exact.Count > 1) return null;
        var found = Scan(string.Join(' ', clauses));
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>中不中, 对不对, 可不可以: the message asks back whether it is all right; it answers nothing.</summary>
    public static bool AsksBack(string? text) => !string.IsNullOrWhiteSpace(text) && !TextNormalizer.IsTooLong(text) && AskedBackRegex().IsMatch(Prepare(text));

    /// <summary>
    /// Yes or no only when the whole message is an answer ("中", "好的好的", "不了。"): every clause is an answer word and
    /// all agree. A sentence that merely contains one ("我可以看看成绩吗", a letter that says 同意) is null. For questions
    /// where a stray word must never count as the answer, such as consent.
    /// </summary>
    public static bool? RecognizeWhole(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        if (AskedBackRegex().IsMatch(Prepare(text))) return null;
        var clauses = ClauseRegex().Split(Prepare(text)).Select(Clause).Where(c => c.Length > 0).ToList();
        if (clauses.Count == 0) return null;
        var first = Exact(clauses[0]);
        return first is not null && clauses.All(c => Exact(c) == first) ? first : null;
    }

    private static string Prepare(string text)
    {
        var t = TextNormalizer.Fold(text);
        // Skin tones (👌🏾) and variation selectors do not change the answer.
        var sb = new StringBuilder(t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            if (char.IsHighSurrogate(t[i]) && i + 1 < t.Length && char.ConvertToUtf32(t[i], t[i + 1]) is >= 0x1F3FB and <= 0x1F3FF)
            {
                i++;
                continue;
            }
            if (t[i] is '\uFE0F' or '\u200D') continue;
            sb.Append(t[i]);
        }
        return sb.ToString();
    }

    /// <summary>A clause without its lead-in ("我说", "I said", "it's") and particles; repeated answers fold (👌👌👌, 好好好).</summary>
    private static string Clause(string c)
    {
        var t = LeadInRegex().Replace(c.Trim(), string.Empty).Trim();
        t = TextNormalizer.StripParticles(t);
        foreach (var unit in new[] { "👌", "👍", "嗯", "好", "对", "是", "不是", "没有", "ok", "yes", "no" })
        {
            if (t.Length > unit.Length && t.Length % unit.Length == 0 && t == string.Concat(Enumerable.Repeat(unit, t.Length / unit.Length))) return unit;
        }
        return t;
    }

    private static bool? Exact(string clause)
    {
        if (No.Contains(clause)) return false;
        if (Yes.Contains(clause)) return true;
        var compact = clause.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact != clause)
        {
            if (No.Contains(compact)) return false;
            if (Yes.Contains(compact)) return true;
        }
        return null;
    }

    private static HashSet<bool> Scan(string t)
    {
        var answers = new HashSet<bool>();
        var i = 0;
        while (i < t.Length)
        {
            var matched = false;
            foreach (var (word, answer) in InSentence)
            {
                if (string.CompareOrdinal(t, i, word, 0, word.Length) != 0) continue;
                var latin = char.IsAsciiLetter(word[0]);
                if (latin && ((i > 0 && char.IsAsciiLetter(t[i - 1])) || (i + word.Length < t.Length && char.IsAsciiLetter(t[i + word.Length])))) continue;
                answers.Add(answer);
                i += word.Length;
                matched = true;
                break;
            }
            if (!matched) i++;
        }
        return answers;
    }

    /// <summary>
    /// 中不中, 行不行, 对不对, 可不可以, 管不管: asking back whether it is all right. Not 不是不是, 没有没有 (a no said twice).
    /// </summary>
    [GeneratedRegex(@"(?<![不没])(\p{IsCJKUnifiedIdeographs})\p{IsCJKUnifiedIdeographs}?[不没]\1")]
    private static partial Regex AskedBackRegex();

    [GeneratedRegex(@"[\s]*[,.!?;:，。！？；：、…~""“”「」『』()（）]+[\s]*")]
    private static partial Regex ClauseRegex();

    [GeneratedRegex(@"^(?:我说了|我说|我觉得|(?:i said|i say|it's|it is|that's|that is|so)\b)\s*")]
    private static partial Regex LeadInRegex();

    /// <summary>"不而不是对", "no not yes": the alternative after 而不是/not is what the user turns down.</summary>
    [GeneratedRegex(@"(?:而不是|(?<=\b(?:yes|no|ok|okay)\W*)\bnot)\W*(?:是|对|好|行|可以|不|yes|no|ok)\W*$")]
    private static partial Regex RejectedAlternativeRegex();
}
