using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// A look at a bound person's message before the menu or the waiting question gets it: talk about an open emergency,
/// a child left without care, a reply to a tip. <see cref="MainDialog"/> runs the registered interceptors once per
/// message, in the order of the one registration list (<see cref="ConversationsServiceCollectionExtensions"/>); the
/// first that returns a result has taken the message.
/// </summary>
internal interface ITurnInterceptor
{
    /// <summary>The dialogs this interceptor begins; <see cref="MainDialog"/> adds them to its own set.</summary>
    IEnumerable<Dialog> Dialogs => [];

    /// <summary>The turn's result when the message is this interceptor's; null lets the next one look.</summary>
    Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken);
}
