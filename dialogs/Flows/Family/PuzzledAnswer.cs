using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// "啥", "啥？", "什么意思", "没看懂", "what?": the person did not understand the question. Never an answer, not even where
/// any words are one (a leave's reason, words for the parents): the question is asked again.
/// </summary>
internal static partial class PuzzledAnswer
{
    public static bool Matches(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !TextNormalizer.IsTooLong(text) && Puzzled().IsMatch(TextNormalizer.Compact(TextNormalizer.Fold(text).ToLowerInvariant()));

    [GeneratedRegex(@"^(啥|啥子|什么|什么意思|啥意思|么子|咋回事|怎么回事|没看懂|看不懂|不懂|没懂|听不懂|不明白|what|huh|sorry)[?？。.!！~…]*$")]
    private static partial Regex Puzzled();
}
