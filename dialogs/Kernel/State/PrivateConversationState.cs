using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

/// <summary>One user's state inside one (group) conversation: <c>{channelId}/conversations/{id}/users/{userId}</c>.</summary>
public sealed class PrivateConversationState(IStorage storage) : BotState(storage, nameof(PrivateConversationState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return a.ChannelId is { Length: > 0 } c && a.Conversation?.Id is { Length: > 0 } id && a.From?.Id is { Length: > 0 } u
            ? $"{c}/conversations/{id}/users/{u}"
            : null;
    }
}
