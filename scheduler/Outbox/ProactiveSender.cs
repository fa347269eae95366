using System.Text.Json;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Delivers one message into one conversation through the host's adapter (Bot Connector for channel users,
/// the Direct Line queue for Web Chat users). Throws when delivery did not happen, even if the adapter's turn
/// error handler swallowed the failure. Every send of one outbox key is the same activity (same id, same
/// <c>channelData.outboxKey</c>), so a receiver that honours the key can drop a resend after a crash.
/// </summary>
internal sealed class ProactiveSender(BotAdapter adapter)
{
    /// <summary>Returns the receiver's id for the message (for a dropped repeat, the id of the first delivery).</summary>
    public async Task<string?> SendAsync(ConversationReference reference, OutboxMessage message, string key, string locale, CancellationToken cancellationToken)
    {
        var activity = BuildActivity(message, key, locale);
        var delivered = false;
        string? id = null;
        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            id = (await turn.SendActivityAsync(activity, ct).ConfigureAwait(false))?.Id;
            delivered = true;
        }, cancellationToken).ConfigureAwait(false);
        if (!delivered) throw new InvalidOperationException("the adapter did not deliver the message");
        return id;
    }

    public static Activity BuildActivity(OutboxMessage message, string key, string locale) => new()
    {
        Type = ActivityTypes.Message,
        Id = OutboxKey.ActivityId(key),
        Text = message.Text,
        Locale = locale,
        InputHint = message.Choices is { Count: > 0 } ? InputHints.ExpectingInput : InputHints.AcceptingInput,
        SuggestedActions = message.Choices is { Count: > 0 } choices
            ? new SuggestedActions { Actions = choices.Select(c => CardAction.ImBack(c.Title, c.Value)).ToList() }
            : null,
        Attachments = message.Attachments is { Count: > 0 } attachments
            ? attachments.Select(a => new Attachment { ContentType = a.ContentType, ContentUrl = a.ContentUrl, Name = a.Name }).ToList()
            : null,
        // The idempotency key: our Direct Line queue drops a second delivery of it; a channel-side log can prove each key
        // arrived once. (The Bot Connector client sends no activity id, the channel assigns its own, so this is what
        // identifies a resend on that wire.)
        ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["outboxKey"] = key }),
    };
}
