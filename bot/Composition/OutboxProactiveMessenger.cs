using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Composition;

/// <summary>
/// The conversations' proactive sends (a teacher's answer, an emergency alert, a leave notice, a reply letter with its
/// photo) go through the durable outbox, so they survive a crash, respect quiet hours and are never sent twice for one key.
/// </summary>
internal sealed class OutboxProactiveMessenger(IOutbox outbox, IPreferenceService preferences) : IProactiveMessenger
{
    public Task SendAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent = false, CancellationToken cancellationToken = default) =>
        EnqueueAsync(personId, build, key, urgent, null, cancellationToken);

    /// <summary>The writer travels with the message, so the outbox tells them if it gives up on it.</summary>
    public Task SendWrittenAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent, int writtenBy, CancellationToken cancellationToken = default) =>
        EnqueueAsync(personId, build, key, urgent, writtenBy, cancellationToken);

    private async Task EnqueueAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent, int? writtenBy, CancellationToken cancellationToken)
    {
        var prefs = await preferences.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        // The child's reply letter is a photo: the attachment travels with the text, never dropped on the way.
        var message = OutboxMessage.From(build(CultureInfo.GetCultureInfo(prefs.Locale))) with { WrittenBy = writtenBy };
        await outbox.EnqueueAsync(personId, message, key, urgent, cancellationToken).ConfigureAwait(false);
    }

    public Task<DateTimeOffset?> WaitingUntilAsync(int personId, string key, CancellationToken cancellationToken = default) =>
        outbox.WaitingUntilAsync(personId, key, cancellationToken);

    public Task<int> WithdrawUndeliveredAsync(int personId, string keyPrefix, string reason, CancellationToken cancellationToken = default) =>
        outbox.WithdrawAsync(personId, keyPrefix, reason, cancellationToken);
}
