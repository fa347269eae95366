using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>The reason for a leave said in the first message: 0 生病 ("发烧了", "感冒", "不舒服"), 1 有事; null when not said.</summary>
internal static class LeaveReason
{
    private static readonly string[] Sick =
        ["生病", "病了", "发烧", "发热", "烧了", "感冒", "咳嗽", "不舒服", "肚子疼", "肚子痛", "头疼", "头痛", "拉肚子", "呕吐", "吐了", "看病", "看医生", "住院", "打针", "sick", "fever", "ill", "a cold"];

    private static readonly string[] Other = ["有事", "事假", "家里有事", "走亲戚", "办事", "吃酒", "family matter", "something on"];

    public static int? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        // Traditional or Simplified, full- or half-width alike: "發燒" is 发烧.
        var folded = TextNormalizer.Fold(text).ToLowerInvariant();
        var sick = Sick.Any(w => folded.Contains(w, StringComparison.Ordinal));
        var other = Other.Any(w => folded.Contains(w, StringComparison.Ordinal));
        return sick == other ? null : sick ? 0 : 1;
    }
}
