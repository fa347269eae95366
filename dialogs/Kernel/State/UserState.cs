using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

/// <summary>State of one user on one channel, across conversations: <c>{channelId}/users/{from.id}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return a.ChannelId is { Length: > 0 } c && a.From?.Id is { Length: > 0 } u ? $"{c}/users/{u}" : null;
    }
}
