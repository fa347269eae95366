namespace LeftBehind.Dialogs.Notifications.Resources;

/// <summary>Marker for the catalogue's text (NotificationStrings*.resx; the neutral file is zh-CN).</summary>
internal sealed class NotificationStrings;
