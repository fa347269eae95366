using System.Globalization;
using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>
/// The one set of words a reminder is answered with (1 已完成, 2 稍后, 3 做不到), in <see cref="ReminderReply"/> order:
/// the scheduler's reminder buttons and the guardian menu's reply recognition read these, and nothing else.
/// </summary>
public static class ReminderReplyWords
{
    private static readonly string[] Names = ["Reply_Done", "Reply_Later", "Reply_CannotDo"];

    public static IReadOnlyList<ReminderReply> All { get; } = [ReminderReply.Done, ReminderReply.Later, ReminderReply.CannotDo];

    /// <summary>The word alone (已完成), as a guardian may type it.</summary>
    public static string Word(CultureInfo culture, ReminderReply reply) => NotificationText.Get(culture, Names[(int)reply - 1]);

    /// <summary>What a guardian types or a button sends back: the digit.</summary>
    public static string Value(ReminderReply reply) => ((int)reply).ToString(CultureInfo.InvariantCulture);

    /// <summary>The button title, digit first (1 已完成), so a feature phone's reader sees what to type.</summary>
    public static string Title(CultureInfo culture, ReminderReply reply) => $"{Value(reply)} {Word(culture, reply)}";

    /// <summary>The words in order, for the guardian's prompt and recognizer.</summary>
    public static IReadOnlyList<string> Words(CultureInfo culture) => All.Select(r => Word(culture, r)).ToList();

    /// <summary>"回复1、2或3。", after the reminder's one sentence.</summary>
    public static string Hint(CultureInfo culture) => NotificationText.Get(culture, "Reply_Hint");
}
