using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A message that only turns to a child, in the middle of a flow: "那小明呢", "小明呢", "换成小明", "是小明的",
/// "what about 小明". A name alone ("小明") is not one: at a question that keeps words it may be an answer.
/// </summary>
internal static partial class OtherChild
{
    /// <summary>Longer messages say more than which child.</summary>
    private const int MaxLength = 12;

    /// <summary>The one child <paramref name="text"/> turns to; null when it names none or several, or says more.</summary>
    public static ChildChoice? TurnsTo(IReadOnlyList<ChildChoice> children, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.Compact(text).Length > MaxLength) return null;
        if (ChooseChildDialog.Named(children, text) is not { } child) return null;
        var rest = TextNormalizer.Fold(text).ToLowerInvariant().Replace(TextNormalizer.Fold(child.Name), " ", StringComparison.Ordinal);
        if (child.Name.Length >= 3) rest = rest.Replace(TextNormalizer.Fold(child.Name[1..]), " ", StringComparison.Ordinal);
        rest = Punctuation().Replace(rest, " ").Trim();
        return rest.Length > 0 && Frame().IsMatch(rest) ? child : null;
    }

    [GeneratedRegex(@"[\s?？。.!！,，~]+")]
    private static partial Regex Punctuation();

    /// <summary>What is left beside the name: a turn to it, and nothing else.</summary>
    [GeneratedRegex(@"^(那么|那|还有|换成|换|改成|改为|改|是|给|what about|how about|and)?\s*(的)?\s*(呢|吧|啊)?$")]
    private static partial Regex Frame();
}
