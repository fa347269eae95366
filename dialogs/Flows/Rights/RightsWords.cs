using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Rights;

/// <summary>
/// The words of consent and 「我的信息」, in the three languages, matched only as the whole message (a letter that
/// mentions "同意" is not an answer). "不同意" is checked before "同意".
/// </summary>
internal static class RightsWords
{
    /// <summary>
    /// Only the words that answer a consent question and no other: every yes and no (中, 对, 要得, 👌 / 不中, 不了) is
    /// the kernel's <see cref="ConfirmRecognizer"/>, taken when it is the whole message.
    /// </summary>
    private static readonly HashSet<string> Agree = new(StringComparer.Ordinal) { "同意", "我同意", "同意了", "agree", "i agree" };

    private static readonly HashSet<string> Decline = new(StringComparer.Ordinal) { "不同意", "我不同意", "disagree", "i disagree" };

    /// <summary>"啥意思": the person did not understand the question; it is explained in other words, not repeated.</summary>
    private static readonly HashSet<string> WhatDoesItMean = new(StringComparer.Ordinal)
        { "啥意思", "什么意思", "啥", "什么", "什么东西", "干啥的", "干什么的", "不懂", "看不懂", "听不懂", "?", "？", "??", "？？", "what", "what does it mean", "what is this" };

    private static readonly HashSet<string> MyInformation = new(StringComparer.Ordinal)
        { "我的信息", "我的资讯", "我的资料", "个人信息", "我的数据", "my information", "my info", "my data" };

    private static readonly HashSet<string> Show = new(StringComparer.Ordinal) { "查看我的信息", "查看我的资讯", "查看", "see my information", "see" };

    private static readonly HashSet<string> Export = new(StringComparer.Ordinal) { "导出", "导出我的信息", "导出我的资讯", "export", "export my information" };

    private static readonly HashSet<string> Unbind = new(StringComparer.Ordinal) { "解除绑定", "解绑", "取消绑定", "unbind" };

    private static readonly HashSet<string> Withdraw = new(StringComparer.Ordinal) { "撤回同意", "撤销同意", "取消同意", "withdraw consent", "withdraw" };

    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal) { "1", "确定", "确定解除", "确定撤回", "是", "对", "好", "好的", "yes", "yes, unbind", "yes, withdraw" };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal) { "2", "不", "不解除", "不撤回", "不要", "算了", "取消", "no" };

    /// <summary>"同意", or a yes that is the whole message (好, 中, 👌); never a sentence that only contains one.</summary>
    public static bool IsAgree(string? text) => !IsDecline(text) && (Agree.Contains(Fold(text)) || ConfirmRecognizer.RecognizeWhole(text) == true);

    /// <summary>"不同意" (checked before "同意"), or a no that is the whole message (不, 不中, 不了).</summary>
    public static bool IsDecline(string? text) => Decline.Contains(Fold(text)) || ConfirmRecognizer.RecognizeWhole(text) == false;

    public static bool IsWhatDoesItMean(string? text) => WhatDoesItMean.Contains(Fold(text));

    public static bool IsMyInformation(string? text) => MyInformation.Contains(Fold(text));

    public static bool IsYes(string? text) => Yes.Contains(Fold(text));

    public static bool IsNo(string? text) => No.Contains(Fold(text));

    /// <summary>A 「我的信息」 action named by its word, or by its digit at the numbered menu; None otherwise.</summary>
    public static RightsAction Action(string? text, bool atMenu)
    {
        var t = Fold(text);
        if (atMenu && t is "1" or "１") return RightsAction.Show;
        if (atMenu && t == "2") return RightsAction.Export;
        if (atMenu && t == "3") return RightsAction.Unbind;
        if (atMenu && t == "4") return RightsAction.Withdraw;
        if (Show.Contains(t) && (atMenu || t != "查看" && t != "see")) return RightsAction.Show;
        if (Export.Contains(t) && (atMenu || t.Length > 2 && t != "export")) return RightsAction.Export;
        if (Unbind.Contains(t)) return RightsAction.Unbind;
        if (Withdraw.Contains(t) && (atMenu || t != "withdraw")) return RightsAction.Withdraw;
        return RightsAction.None;
    }

    private static string Fold(string? text) =>
        text is null || TextNormalizer.IsTooLong(text) ? string.Empty : TextNormalizer.StripParticles(TextNormalizer.Fold(text)).Trim();
}
