using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>State properties of the conversation layer.</summary>
internal sealed class ConversationAccessors(UserState userState)
{
    public IStatePropertyAccessor<ConversationProfile> Profile { get; } = userState.CreateProperty<ConversationProfile>("conversation");
}
