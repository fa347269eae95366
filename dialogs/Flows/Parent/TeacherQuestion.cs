using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// "帮我问问老师，孩子最近作业多吗": the words before the question are said to the bot, not to the teacher. The teacher
/// gets only the question ("孩子最近作业多吗"); a message that is only the request words is kept as it is.
/// </summary>
internal static partial class TeacherQuestion
{
    /// <summary>Fewer letters than this after the request words: nothing to strip them from.</summary>
    private const int MinQuestionLetters = 2;

    public static string WithoutRequestWords(string question)
    {
        var match = RequestWords().Match(question);
        var rest = match.Success ? question[match.Length..].Trim() : question;
        // "小红这周作业多不多，问问老师": the request words may come last, as they are said.
        if (TrailingRequestWords().Match(rest) is { Success: true } last) rest = rest[..last.Index].Trim();
        return rest.Count(char.IsLetterOrDigit) >= MinQuestionLetters ? rest : question;
    }

    [GeneratedRegex(@"[\s，,。.、!！~～]*(?:再)?(?:请|請|麻烦|麻煩)?(?:你|您)?(?:帮我|幫我|帮忙|幫忙|替我|给我|給我)?(?:再)?(?:问问|問問|问一问|問一問|问一下|問一下|问下|問下|打听一下|打聽一下)(?:老师|老師|班主任)(?:一下|一聲|一声)?(?:吧|呗|唄|哈)?[\s。.!！~～]*$")]
    private static partial Regex TrailingRequestWords();

    // "帮我问问老师，" "麻烦您帮我问一下班主任：" "請幫我問問老師" "问下老师 " "please ask the teacher: ". In English only
    // before a colon or comma: "ask the teacher if he has too much homework" without its first words is no question.
    [GeneratedRegex(@"^\s*(?:(?:再)?(?:请|請|麻烦|麻煩)?(?:你|您)?(?:帮我|幫我|帮忙|幫忙|替我|给我|給我)?(?:再)?(?:问问|問問|问一问|問一問|问一下|問一下|问下|問下|打听一下|打聽一下)(?:老师|老師|班主任)(?:一下|一聲|一声)?)[\s，,：:。.、!！~～]*|^\s*(?:please\s+)?ask\s+(?:the\s+)?teacher\s*[:,]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWords();
}
