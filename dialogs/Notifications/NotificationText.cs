using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Notifications.Resources;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>The catalogue's texts (Resources/NotificationStrings*.resx).</summary>
internal static class NotificationText
{
    private static readonly ResxText Resx = new(typeof(NotificationStrings));

    public static string Get(CultureInfo culture, string name, params object[] args) => Resx.Get(culture, name, args);

    public static Activity Message(CultureInfo culture, string name, params object[] args) => MessageFactory.Text(Get(culture, name, args));

    /// <summary>The message with a picture (the child's handwritten letter) when there is one.</summary>
    public static Activity WithPhoto(Activity activity, string? photoUrl, string? contentType)
    {
        if (photoUrl is { Length: > 0 } url)
            activity.Attachments = [new Attachment { ContentType = contentType ?? "image/jpeg", ContentUrl = url }];
        return activity;
    }
}
