using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// The reason for a leave said in the first message: 0 生病 ("发烧了", "感冒", "不舒服", "咋还没好"), 1 有事; null when
/// not said. The pinyin keyboard's wrong candidate for an illness (发骚 for 发烧) is read as the illness, here only.
/// </summary>
internal static class LeaveReason
{
    private static readonly string[] Sick =
        ["生病", "病了", "发烧", "发热", "烧了", "感冒", "咳嗽", "不舒服", "肚子疼", "肚子痛", "头疼", "头痛", "拉肚子", "闹肚子", "拉稀", "呕吐", "吐了", "看病", "看医生", "住院", "打针",
         "还没好", "还是没好", "不见好", "没好利索", "烧没退", "烧还没退", "sick", "fever", "ill", "a cold"];

    /// <summary>Same sound, wrong candidate: what a grandparent meant when the reason is an illness.</summary>
    private static readonly (string Typed, string Meant)[] Typos = [("发骚", "发烧"), ("發騷", "發燒"), ("高骚", "高烧"), ("高騷", "高燒")];

    private static readonly string[] Other = ["有事", "事假", "家里有事", "走亲戚", "办事", "吃酒", "family matter", "something on"];

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
