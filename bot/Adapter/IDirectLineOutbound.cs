using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>The built-in Direct Line server as a destination for the bot's replies and proactive messages.</summary>
internal interface IDirectLineOutbound
{
    /// <summary>True when an activity addressed to this serviceUrl belongs to our own Direct Line server.</summary>
    bool Owns(string? serviceUrl);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
