using System.Globalization;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Hosting;

/// <summary>
/// Answers every message until the conversation kernel registers the real <see cref="IBot"/> (TryAdd: the first
/// registration wins). It repeats nothing the user wrote, so nothing personal reaches a log or another screen.
/// </summary>
internal sealed class MinimalBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var text = activity.Text ?? string.Empty;
                var reply = text.Length == 0 && activity.Attachments is { Count: > 0 }
                    ? HostText.Get("Unsupported", turnContext.Locale)
                    : string.Format(CultureInfo.InvariantCulture, HostText.Get("EchoReply", turnContext.Locale), text.Length);
                await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
                await turnContext.SendActivityAsync(HostText.Get("Welcome", turnContext.Locale), cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
