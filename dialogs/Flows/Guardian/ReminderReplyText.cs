using System.Globalization;
using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// The reply options a reminder shows (1 done, 2 later, 3 can't), in the recipient's language, in
/// <see cref="ReminderReply"/> order: the scheduler's reminders and the guardian menu read the same words.
/// </summary>
internal static class ReminderReplyText
{
    public static IReadOnlyList<string> Titles(CultureInfo culture) =>
        [GuardianText.Get(culture, "ReplyDone"), GuardianText.Get(culture, "ReplyLater"), GuardianText.Get(culture, "ReplyCannot")];
}
