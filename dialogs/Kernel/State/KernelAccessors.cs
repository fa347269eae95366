using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.State;

/// <summary>The state properties the kernel itself uses; role flows create their own with CreateProperty.</summary>
public sealed class KernelAccessors(UserState userState, ConversationState conversationState)
{
    public const string ProfileProperty = "profile";
    public const string DialogStateProperty = "DialogState";

    public IStatePropertyAccessor<UserProfile> Profile { get; } = userState.CreateProperty<UserProfile>(ProfileProperty);
    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>(DialogStateProperty);
}
