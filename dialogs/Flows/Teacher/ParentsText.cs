using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A teacher's message about the parents that is not a look at their questions, though the analyzer reads it as
/// ask_teacher: a message she wants to leave them ("给家长留言", "我想给小明家长留个言：这周进步很大"), or what a parent
/// told her ("家长找我说小明腿摔破了", "小明妈妈打电话跟我说…"), which is a note about the child.
/// </summary>
internal static partial class ParentsText
{
    /// <summary>Past this a message is a letter or a notice, not a request or a line of news.</summary>
    private const int MaxLength = 200;

    /// <summary>"给家长留言": she leaves the parents a message; <paramref name="note"/> is what she wrote after it, if anything.</summary>
    public static bool WritesToParents(string? text, out string? note)
    {
        note = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return false;
        var m = LeaveMessage().Match(TextNormalizer.Fold(text).Trim());
        if (!m.Success) return false;
        note = m.Groups["note"].Value.Trim() is { Length: > 0 } written ? written : null;
        return true;
    }

    /// <summary>"家长找我说小明腿摔破了": what a parent told her, news to write down rather than a question.</summary>
    public static bool TellsWhatParentSaid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return false;
        var t = TextNormalizer.Fold(text).Trim();
        return ParentSaid().IsMatch(t) && !Asked().IsMatch(t);
    }

    [GeneratedRegex(@"^(我要|我想|我来|想|要|帮我)?(给|向|跟|和)[^,，:：\s]{0,6}?(的)?(家长|爸爸|妈妈|爷爷|奶奶|父母|监护人)(们)?(留言|留个言|留句话|留个话|说几句|说一声|写几句|带个话|带句话|捎个话|发个消息|发消息)[,，:：\s]*(?<note>.*)$")]
    private static partial Regex LeaveMessage();

    [GeneratedRegex(@"^(有个?|一个|一位|刚才|刚刚|今天|早上|昨天|昨晚)?[^,，:：\s]{0,6}?(家长|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|父母|监护人)(们)?[^,，:：\s]{0,10}?(说|讲|反映|反应)(了|过)?[,，:：\s]*.{4,}$")]
    private static partial Regex ParentSaid();

    [GeneratedRegex(@"[吗么呢?]$|什么|怎么")]
    private static partial Regex Asked();
}
