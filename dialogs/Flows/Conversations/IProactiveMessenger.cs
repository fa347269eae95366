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
}
