using System.Globalization;
using System.Text.Json;
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
    public async Task SendAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent = false, CancellationToken cancellationToken = default)
    {
        var prefs = await preferences.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        var activity = build(CultureInfo.GetCultureInfo(prefs.Locale));
        var choices = activity.SuggestedActions?.Actions?
            .Where(a => !string.IsNullOrEmpty(a.Title))
            .Select(a => new OutboxChoice(a.Title!, ValueOf(a) ?? a.Title!))
            .ToList();
        // The child's reply letter is a photo: the attachment travels with the text, never dropped on the way.
        var attachments = activity.Attachments?
            .Where(a => !string.IsNullOrEmpty(a.ContentUrl))
            .Select(a => new OutboxAttachment(a.ContentType ?? "application/octet-stream", a.ContentUrl!, a.Name))
            .ToList();
        var message = new OutboxMessage(activity.Text ?? string.Empty, choices is { Count: > 0 } ? choices : null, attachments is { Count: > 0 } ? attachments : null);
        await outbox.EnqueueAsync(personId, message, key, urgent, cancellationToken).ConfigureAwait(false);
    }

    public Task<int> WithdrawUndeliveredAsync(int personId, string keyPrefix, string reason, CancellationToken cancellationToken = default) =>
        outbox.WithdrawAsync(personId, keyPrefix, reason, cancellationToken);

    private static string? ValueOf(CardAction action) =>
        action.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
