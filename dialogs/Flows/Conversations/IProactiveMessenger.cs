using System.Globalization;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Sends a message to a person outside their own turn (a teacher's answer, an emergency alert, a leave notice), on
/// every channel they are bound on. <paramref name="build"/> renders the message in the recipient's culture.
/// <paramref name="key"/> is unique per logical message: sending the same key twice delivers once.
/// Urgent messages ignore quiet hours.
/// </summary>
public interface IProactiveMessenger
{
    Task SendAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="SendAsync(int, Func{CultureInfo, Activity}, string, bool, CancellationToken)"/> for what
    /// <paramref name="writtenBy"/> wrote: a messenger that can give up on a message tells the writer when it does.
    /// </summary>
    Task SendWrittenAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent, int writtenBy, CancellationToken cancellationToken = default) =>
        SendAsync(personId, build, key, urgent, cancellationToken);

    /// <summary>
    /// When the message sent under <paramref name="key"/> will reach the person if it waits for later (their quiet hours):
    /// null when it goes out now. A sender says this time, never that it was delivered.
    /// </summary>
    Task<DateTimeOffset?> WaitingUntilAsync(int personId, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes back what was sent to the person under keys starting with <paramref name="keyPrefix"/> and has not reached
    /// them yet (they have no chat: it waits in their mailbox), so it is never delivered; returns how many. An alert for
    /// an emergency resolved before the person bound must not arrive looking open.
    /// </summary>
    Task<int> WithdrawUndeliveredAsync(int personId, string keyPrefix, string reason, CancellationToken cancellationToken = default);
}
