using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>
/// A channel the host itself delivers to (WeChat by its serviceUrl; SMS and voice by their channel id): the bot's
/// replies and proactive messages for it go to the channel, not to the Bot Connector.
/// </summary>
internal interface IChannelOutbound
{
    bool Owns(string? channelId, string? serviceUrl);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
