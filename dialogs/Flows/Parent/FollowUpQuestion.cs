using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// A short follow-up that names only what changed: "小红呢", "上周三呢", "那这个月呢", "小红上周三呢", "what about 小红".
/// What it names (a child, a period) is read by the caller; this only says the message has the shape of one.
/// </summary>
internal static partial class FollowUpQuestion
{
    /// <summary>Longer messages are requests of their own.</summary>
    private const int MaxLength = 16;

    public static bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var folded = TextNormalizer.Fold(text).Trim().ToLowerInvariant();
        return folded.Length <= MaxLength * 2 && TextNormalizer.Compact(folded).Length <= MaxLength && Shape().IsMatch(folded);
    }

    [GeneratedRegex(@"^(那|那么|那末|还有|and\s|what about\s|how about\s|and what about\s).+|.+呢\s*[?？]*$")]
    private static partial Regex Shape();
}
