using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Family;
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

    /// <summary>
    /// What is left once the follow-up's own words and the children's names are taken out ("小红上周三呢" → "上周三",
    /// "小明的作业呢" → "的作业"). <see cref="Read"/> takes the message as a follow-up only when what is left is empty or a period.
    /// </summary>
    private static string Rest(string text, IEnumerable<string> childNames)
    {
        var rest = TextNormalizer.Fold(text).Trim().ToLowerInvariant();
        foreach (var name in childNames.Select(TextNormalizer.Fold).Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            rest = rest.Replace(name, string.Empty, StringComparison.Ordinal);
            if (name.Length >= 3) rest = rest.Replace(name[1..], string.Empty, StringComparison.Ordinal);
        }
        return Frame().Replace(rest, string.Empty).Trim();
    }

    /// <summary>
    /// The child and the period a follow-up names, for the parents' and the grandparents' follow-ups alike; null when
    /// it names neither, or names the child but asks about something else ("小明的作业呢").
    /// </summary>
    public static (ChildChoice? Child, AttendancePeriod? Period)? Read(string text, IReadOnlyList<ChildChoice> children, DateTimeOffset now, TimeZoneInfo zone)
    {
        var named = ChooseChildDialog.Named(children, text);
        var period = AttendancePeriod.Find(text, now, zone);
        if (named is null && period is null) return null;
        // Only a child and days: what is left must be empty or itself a period.
        var rest = Rest(text, children.Select(c => c.Name));
        if (rest.Length > 0 && (period is null || AttendancePeriod.Find(rest, now, zone) is null)) return null;
        return (named, period);
    }

    [GeneratedRegex(@"^(那|那么|那末|还有|and\s|what about\s|how about\s|and what about\s).+|.+呢\s*[?？]*$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(and what about|what about|how about|and|那么|那末|那|还有)\s*|(的)?呢?\s*[?？。!！]*\s*$")]
    private static partial Regex Frame();
}
