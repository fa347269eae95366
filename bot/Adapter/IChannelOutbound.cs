using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>A channel the host itself delivers to (SMS, voice): the adapter hands it every activity of its channel id.</summary>
internal interface IChannelOutbound
{
    bool Owns(string? channelId);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
