using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    private static readonly TimeZoneInfo Zone = KernelTurnState.FindZone(KernelTurnState.DefaultTimeZoneId);

    /// <summary>
    /// A parent's letter to the reader (guardian or paired teacher), with its photo; the guardian also gets the
    /// 已读给{child}听 button, to tap once it was read aloud.
    /// </summary>
    public static FamilyNotification LetterToReader(int readerId, LetterInfo letter, string childName, string parentName, bool isGuardian) => new(
        $"letter-{letter.Id}-to-{readerId}",
        c => LetterForReader(c, letter, childName, parentName, isGuardian));

    /// <summary>The letter as the reader sees it, proactively or again from the guardian's 看信.</summary>
    public static Activity LetterForReader(CultureInfo culture, LetterInfo letter, string childName, string parentName, bool isGuardian)
    {
        var activity = NotificationText.WithPhoto(NotificationText.Message(culture, "LetterForReader", parentName, childName, letter.Text ?? string.Empty), letter.PhotoUrl, letter.PhotoContentType);
        if (isGuardian)
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(ReadToChildButton(culture, childName), ReadToChildValue(culture, childName, letter.Id))] };
        return activity;
    }

    /// <summary>已读给{child}听: the button's title, which is also what the guardian may type.</summary>
    public static string ReadToChildButton(CultureInfo culture, string childName) => NotificationText.Get(culture, "LetterReadToChildButton", childName);

    /// <summary>
    /// What the button sends back: the title and the letter's id (已读给王小明听 #12), so a reader with two unread letters
    /// marks the one the button was under. Buttons sent before carried the title alone; that still marks the letter
    /// the reader was shown last (<see cref="ReadToChildLetterId"/> is null for it).
    /// </summary>
    public static string ReadToChildValue(CultureInfo culture, string childName, int letterId) =>
        $"{ReadToChildButton(culture, childName)} #{letterId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The letter id a 已读给孩子听 button carried ("… #12"), or null; the words before it are returned in <paramref name="words"/>.</summary>
    public static int? ReadToChildLetterId(string? text, out string words)
    {
        words = text?.Trim() ?? string.Empty;
        var hash = words.LastIndexOf('#');
        if (hash < 0 || !int.TryParse(words.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        words = words[..hash].TrimEnd();
        return id;
    }

    /// <summary>The guardian read the parent's letter to the child (已读给孩子听): the writer is told once.</summary>
    public static FamilyNotification LetterReadToChild(int writerId, LetterInfo letter, string childName, string readerName) => new(
        $"letter-{letter.Id}-read-{writerId}",
        c => NotificationText.Message(c, "LetterReadToChild", readerName, TimeZoneInfo.ConvertTime(letter.CreatedAt, Zone).DateTime, childName));

    /// <summary>The child's reply letter (entered by the guardian or a teacher) to a parent, with the photo of the handwriting.</summary>
    public static FamilyNotification ChildReplyLetter(int parentId, int letterId, string childName, string? text, string? photoUrl, string? photoContentType) => new(
        $"letter:{letterId}:{parentId}",
        c => NotificationText.WithPhoto(text is null
            ? NotificationText.Message(c, "LetterToParentPhoto", childName)
            : NotificationText.Message(c, "LetterToParent", childName, text), photoUrl, photoContentType));
}
