using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

/// <summary>State of one conversation (the dialog stack lives here): <c>{channelId}/conversations/{conversation.id}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return a.ChannelId is { Length: > 0 } c && a.Conversation?.Id is { Length: > 0 } id ? $"{c}/conversations/{id}" : null;
    }
}
