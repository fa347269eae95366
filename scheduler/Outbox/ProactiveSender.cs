using System.Text.Json;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Delivers one message into one conversation through the host's adapter (Bot Connector for channel users,
/// the Direct Line queue for Web Chat users). Throws when delivery did not happen, even if the adapter's turn
/// error handler swallowed the failure.
/// </summary>
internal sealed class ProactiveSender(IServiceProvider services)
{
    public async Task SendAsync(ConversationReference reference, OutboxMessage message, string key, string locale, CancellationToken cancellationToken)
    {
        var adapter = services.GetService<BotAdapter>()
            ?? throw new InvalidOperationException("no BotAdapter is registered, so proactive messages cannot be delivered");
        var activity = BuildActivity(message, key, locale);
        var delivered = false;
        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            await turn.SendActivityAsync(activity, ct).ConfigureAwait(false);
            delivered = true;
        }, cancellationToken).ConfigureAwait(false);
        if (!delivered) throw new InvalidOperationException("the adapter did not deliver the message");
    }

    public static Activity BuildActivity(OutboxMessage message, string key, string locale) => new()
    {
        Type = ActivityTypes.Message,
        Text = message.Text,
        Locale = locale,
        InputHint = message.Choices is { Count: > 0 } ? InputHints.ExpectingInput : InputHints.AcceptingInput,
        SuggestedActions = message.Choices is { Count: > 0 } choices
            ? new SuggestedActions { Actions = choices.Select(c => CardAction.ImBack(c.Title, c.Value)).ToList() }
            : null,
        // The outbox key travels with the message so a channel-side log can prove each key arrived once.
        ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["outboxKey"] = key }),
    };
}
