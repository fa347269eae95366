using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Conversations;

public static class ProactiveMessengerExtensions
{
    /// <summary>Sends one entry of the catalogue (<see cref="FamilyNotifications"/>) to one person.</summary>
    public static Task SendAsync(this IProactiveMessenger messenger, int personId, FamilyNotification notification, CancellationToken cancellationToken = default) =>
        notification.WrittenBy is { } writer
            ? messenger.SendWrittenAsync(personId, notification.Build, notification.Key, notification.Urgent, writer, cancellationToken)
            : messenger.SendAsync(personId, notification.Build, notification.Key, notification.Urgent, cancellationToken);
}
