using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// "两个都看看", "都", "全部", "both": every child, where a choice of child allows it (a parent's attendance question).
/// In a first message only unmistakable words count ("两个孩子这周上学了吗"): "都" there is too common to mean it.
/// </summary>
internal static partial class AllChildren
{
    public static bool InRequest(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !TextNormalizer.IsTooLong(text) && Request().IsMatch(TextNormalizer.Fold(text).ToLowerInvariant());

    public static bool InAnswer(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var folded = TextNormalizer.Compact(TextNormalizer.Fold(text).ToLowerInvariant()).TrimEnd('。', '！', '!', '.', '~');
        return Answer().IsMatch(folded) || Request().IsMatch(folded);
    }

    [GeneratedRegex(@"两个孩子|俩孩子|两个娃|孩子们|两个都|两个一起|都看看|都查查|全部孩子|所有孩子|\bboth\b|\ball (the |my )?(kids|children)\b")]
    private static partial Regex Request();

    [GeneratedRegex(@"^(都|全部|两个|两个人|都要|都看|都行|都查|一起|all|both)(的|吧|呀|啊|了|看看)*$")]
    private static partial Regex Answer();
}
