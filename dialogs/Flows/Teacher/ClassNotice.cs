using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A teacher's notice for every family of the class ("应急演练通知", "明天下午应急演练，通知家长", "各位家长：周五放假",
/// "给家长留言：明天开家长会，请准时参加"):
/// not a note about one child and not an emergency. The chat sends no class notices, so the teacher is told so plainly
/// (<see cref="ClassNoticeInterceptor"/>) rather than being led into 写记录 or the inbox. A message that names a child
/// of hers is about that child.
/// </summary>
internal static partial class ClassNotice
{
    /// <summary>Longer messages are the notice's text itself, still a notice; past this a message is a letter or a note.</summary>
    private const int MaxLength = 200;

    /// <summary>The message reads as a notice for the families; the caller then checks it names none of the children.</summary>
    public static bool IsShaped(string? text) =>
        !string.IsNullOrWhiteSpace(text) && !TextNormalizer.IsTooLong(text) && text.Length <= MaxLength
        && TextNormalizer.Compact(text).Length >= MinLength && Notice().IsMatch(TextNormalizer.Fold(text).Trim());

    /// <summary>"应急演练通知" (6) has something to tell; "发给家长", "通知家长" (4) are an answer or a word, with nothing in them.</summary>
    private const int MinLength = 6;

    /// <summary>A notice (<see cref="IsShaped"/>) that names none of <paramref name="childNames"/>: it is for every family.</summary>
    public static bool Matches(string? text, IEnumerable<string> childNames) =>
        IsShaped(text) && ChooseChildDialog.EachNamed([.. childNames.Select((n, i) => new ChildChoice(i, n))], text).Count == 0;

    // A class event ("明天开家长会，请准时参加", "给家长留言：下周一放假") is every family's too, however it is introduced
    // (found by earlier play sessions: 给家长留言：明天开家长会… asked 写哪个学生的记录？).
    [GeneratedRegex(@"(通知|告诉|转告|告知|发给|提醒)(一下)?(各位|全班|所有|全体|班上|班里)?(的)?家长|各位家长|家长们|全班家长|^\S{0,8}通知[:：]|\S{2,}通知[。！!.]?$|家长会|放假|停课|返校|准时参加")]
    private static partial Regex Notice();
}
