using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// An answer that asks for everything, where a question offers 全部 beside its kinds: "全部", "都看看", "啥都行", "所有的",
/// or what was said without a kind ("老师说啥了", "都写了些什么", "what did the teacher say"). Dialect and Traditional
/// script alike ("老師說啥了"). The caller reads a named kind first.
/// </summary>
internal static partial class EverythingAnswer
{
    /// <summary>Longer messages are more than an answer.</summary>
    private const int MaxLength = 16;

    public static bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.Compact(text).Length > MaxLength) return false;
        var folded = TextNormalizer.Compact(TextNormalizer.Fold(text).ToLowerInvariant());
        return All().IsMatch(folded) || WhatWasSaid().IsMatch(folded);
    }

    /// <summary>A request that asks what was said (「老师最近说啥了没」, "what did the teacher say lately"): longer than an answer.</summary>
    private const int MaxRequestLength = 40;

    /// <summary>
    /// A whole request that asks what was said, of no kind in particular ("what did the teacher say lately"): the
    /// English words are longer than <see cref="MaxLength"/> allows an answer.
    /// </summary>
    public static bool AsksWhatWasSaid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.Compact(text).Length > MaxRequestLength) return false;
        return WhatWasSaid().IsMatch(TextNormalizer.Compact(TextNormalizer.Fold(text).ToLowerInvariant()));
    }

    [GeneratedRegex(@"全部|所有|全都|都要|都看|都行|都可以|都成|都中|啥都|什么都|随便|\ball\b|everything|anything")]
    private static partial Regex All();

    /// <summary>"说啥了", "写了些什么", "讲了啥", "评了什么": what was said, of no kind in particular.</summary>
    [GeneratedRegex(@"(说|写|讲|评|留)(了|的)?(些|点)?(啥|什么|哪些|啥子|么子)|whatdid.*(say|write)|whatsaid")]
    private static partial Regex WhatWasSaid();
}
