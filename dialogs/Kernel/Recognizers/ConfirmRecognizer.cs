namespace LeftBehind.Dialogs.Recognizers;

/// <summary>Yes/no in zh-CN, zh-TW and English. Every language's words are accepted whatever the user's locale.</summary>
internal static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes =
    [
        "是", "是的", "好", "好的", "对", "对的", "对啊", "嗯", "嗯嗯", "恩", "行", "可以", "确定", "确认", "要", "同意", "没问题", "当然",
        "對", "對的", "確定", "確認", "沒問題", "當然", "好滴",
        "yes", "y", "ok", "okay", "yeah", "yep", "sure", "1",
    ];

    private static readonly HashSet<string> No =
    [
        "不", "不是", "不用", "不要", "没有", "沒有", "否", "不行", "不可以", "不对", "不對", "不好", "不同意", "没", "沒", "别", "別", "不需要",
        "no", "n", "nope", "not", "2",
    ];

    /// <summary>true for yes, false for no, null when the text is neither (or empty, emoji, too long).</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(text));
        if (No.Contains(t)) return false;
        if (Yes.Contains(t)) return true;
        return null;
    }
}
