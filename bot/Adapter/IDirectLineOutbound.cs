using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Adapter;

/// <summary>The built-in Direct Line server as a destination for the bot's replies and proactive messages.</summary>
internal interface IDirectLineOutbound
{
    /// <summary>True when an activity addressed to this serviceUrl belongs to our own Direct Line server.</summary>
    bool Owns(string? serviceUrl);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// A reply in a turn, stored once under <paramref name="replyKey"/> (the activity it answers and its place among the
    /// turn's replies): the kernel's replay of a turn an instance finished but died before delivering stores only the
    /// replies that are missing.
    /// </summary>
    Task<ResourceResponse> DeliverReplyAsync(Activity activity, string replyKey, CancellationToken cancellationToken);
}
