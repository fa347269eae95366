using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// The reason for a leave said in the first message: 0 生病 ("发烧了", "感冒", "不舒服", "咋还没好"), 1 有事; null when
/// not said. The pinyin keyboard's wrong candidate for an illness (发骚 for 发烧) is read as the illness, here only.
/// </summary>
internal static partial class LeaveReason
{
    private static readonly string[] Sick =
        ["生病", "病了", "发烧", "发热", "烧了", "感冒", "咳嗽", "不舒服", "肚子疼", "肚子痛", "头疼", "头痛", "拉肚子", "闹肚子", "拉稀", "呕吐", "吐了", "看病", "看医生", "住院", "打针",
         "还没好", "还是没好", "不见好", "没好利索", "烧没退", "烧还没退", "sick", "fever", "ill", "a cold"];

    /// <summary>Same sound, wrong candidate: what a grandparent meant when the reason is an illness.</summary>
    private static readonly (string Typed, string Meant)[] Typos = [("发骚", "发烧"), ("發騷", "發燒"), ("高骚", "高烧"), ("高騷", "高燒")];

    private static readonly string[] Other = ["有事", "事假", "家里有事", "走亲戚", "办事", "吃酒", "family matter", "something on"];

    /// <summary>「小明发烧了吗」: the message asks rather than tells.</summary>
    public static bool Asks(string text) => text.IndexOfAny(QuestionMarks) >= 0;

    private static readonly char[] QuestionMarks = ['吗', '嗎', '？', '?'];

    /// <summary>News that a child is ill or will not be at school ("小红明天也不去了 发烧"), told, not asked.</summary>
    public static bool SaysAbsence(string text) =>
        (Find(text) == 0 || AbsenceWords.Any(w => text.Contains(w, StringComparison.Ordinal))) && !Asks(text);

    /// <summary>Saying the child will not be at school (Simplified; a Traditional message is folded by the analyzer's reading only).</summary>
    private static readonly string[] AbsenceWords = ["不去了", "不去学校", "不去上学", "不上学", "上不了学", "去不了学校", "请假", "请个假", "请一天假", "在家休息"];

    public static int? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        // Traditional or Simplified, full- or half-width alike: "發燒" is 发烧.
        var folded = Corrected(TextNormalizer.Fold(text).ToLowerInvariant());
        var sick = Sick.Any(w => folded.Contains(w, StringComparison.Ordinal));
        var other = Other.Any(w => folded.Contains(w, StringComparison.Ordinal));
        return sick == other ? null : sick ? 0 : 1;
    }

    /// <summary>
    /// What a first message's reason means on another day: only its parts that say the reason, without the words of
    /// its day ("小红发烧了 今天不去了" → "小红发烧了"), for a leave that goes on from it (咋还没好) — 今天 was the first
    /// day, not this one. The words as written when no part says a reason on its own.
    /// </summary>
    public static string Meant(string reason)
    {
        var parts = ClauseBreak().Split(reason.Trim())
            .Where(p => Find(p) is not null)
            .Select(p => DayWords().Replace(p, string.Empty).Trim())
            .Where(p => p.Length > 0 && Find(p) is not null)
            .ToList();
        return parts.Count == 0 ? reason.Trim() : string.Join("，", parts);
    }

    [GeneratedRegex(@"[，,。.！!？?；;\s\u3000]+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"今天|今日|明天|明日|后天|後天|昨天|这两天|這兩天|这几天|這幾天|这周|這週|这星期|這星期|本周|today|tomorrow|yesterday", RegexOptions.IgnoreCase)]
    private static partial Regex DayWords();

    /// <summary>
    /// <paramref name="reason"/> with an illness's typo mended (发骚 → 发烧): what the service writes in its own words
    /// (the teachers' notice, the summary back). The leave record keeps the guardian's words as written.
    /// </summary>
    public static string Corrected(string reason)
    {
        foreach (var (typed, meant) in Typos)
        {
            if (reason.Contains(typed, StringComparison.Ordinal)) reason = reason.Replace(typed, meant, StringComparison.Ordinal);
        }
        return reason;
    }
}
