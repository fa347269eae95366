using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A teacher asking in her own words whether parents wrote to her ("今天有没有家长找我", "家长有问题吗", "有家长留言吗",
/// "谁找我了"): her questions, as 家长的问题 at the menu. Found playing the paired teacher, whose 「今天有没有家长找我」 was
/// read as attendance (because of 今天) and told she is not a head teacher.
/// </summary>
internal static partial class InboxText
{
    /// <summary>Past this a message says something of its own (a note, a report), not a quick look at the questions.</summary>
    private const int MaxLength = 20;

    public static bool AsksForQuestions(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = TextNormalizer.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        return t.Length <= MaxLength && !Writes().IsMatch(t) && Question().IsMatch(t) && (FromParents().IsMatch(t) || ForMe().IsMatch(t));
    }

    // Asked, not told: "家长说孩子咳嗽" typed at a note's question is the note, and "有个家长找我说孩子发烧了" is news.
    [GeneratedRegex(@"(吗|么|没有|没|呢|\?)$|有没有|^有(?!.*说)|^谁")]
    private static partial Regex Question();

    // "给家长留言", "告诉家长", "回复家长": she writes to the parents; not a look at what they wrote.
    [GeneratedRegex(@"给|告诉|通知|回复|回答|转告|发给|写给")]
    private static partial Regex Writes();

    // The parents' side of it: "家长有问题吗", "有家长留言吗", "家长问了什么", "有没有家长的消息".
    [GeneratedRegex(@"家长.{0,4}(找|问|留言|消息|提问|来信)|(有|新).{0,3}(问题|留言|消息|提问)")]
    private static partial Regex FromParents();

    // Someone after her: "谁找我了", "有人找我吗", "有没有人问我".
    [GeneratedRegex(@"(谁|有人|有没有人).{0,2}(找|问)我")]
    private static partial Regex ForMe();
}
