using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// A grandparent asking to pass words to the child's parents, as they say it: 告诉他爸 娃想他了, 跟他妈说一声 孩子想她了,
/// 给娃他爸带个话, 帮俺告诉孩子他娘. The words after the verb are what to pass on (kept as written); none when only the
/// asking was said. 跟/和/给 need a verb of saying after the parent (给他爸打电话 is a call, not a message).
/// Traditional script is read alike; the words are taken from the message as typed.
/// </summary>
internal static partial class TellParentsRequest
{
    /// <summary>Longer is a letter, not a request to pass something on.</summary>
    private const int MaxLength = 200;

    // Who: 孩子/娃 or the child's name (小明他爸, 小红的妈妈), 他/她, 爸/妈/爹/娘/爸妈/父母.
    private const string Whom = @"(?:孩子|小孩|娃娃|娃子|娃|\p{IsCJKUnifiedIdeographs}{2,3}(?=[他她的]))?的?(?:他|她)?(?:爸爸妈妈|爸妈|爹妈|爹娘|父母|爸爸|妈妈|老爸|老妈|爸|妈|爹|娘)";
    private const string Saying = @"(?:说一声|说一下|说声|说下|讲一声|讲一下|讲声|讲下|带个话|带句话|捎个话|捎句话|传个话|带话|捎话|传话|说|讲)";
    private const string Lead = @"^(?:请|麻烦)?(?:你|您)?(?:帮我|帮俺|帮忙|给我|替我|替俺)?";

    [GeneratedRegex(Lead + @"(?:(?:告诉|转告)(?:一下|下)?" + Whom + @"(?:一声|一下)?" + Saying + @"?|(?:跟|和|给|同|对)" + Whom + Saying + @")(?<words>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Pattern();

    private const string Separators = " \t\r\n，,：:。.！!、；;～~\"“”「」'";

    /// <summary>Whether <paramref name="text"/> asks to tell the parents; <paramref name="words"/> what to tell them (null when not said).</summary>
    public static bool Matches(string? text, out string? words)
    {
        words = null;
        var typed = text?.Trim();
        if (string.IsNullOrEmpty(typed) || typed.Length > MaxLength) return false;
        // Half-width and Simplified, one character for one: the words are taken from the message as typed.
        var folded = TextNormalizer.Fold(typed);
        if (Pattern().Match(folded) is not { Success: true } match) return false;
        var source = folded.Length == typed.Length ? typed : folded;
        var rest = source[match.Groups["words"].Index..].Trim(Separators.ToCharArray());
        words = rest.Length == 0 || TextNormalizer.Compact(rest).Length == 0 ? null : rest;
        return true;
    }
}
