using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>A channel the host itself speaks (like WeChat): the bot's replies and proactive messages addressed to its serviceUrl go to it.</summary>
internal interface IChannelOutbound
{
    bool Owns(string? serviceUrl);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
