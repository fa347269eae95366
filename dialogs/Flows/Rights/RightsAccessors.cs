using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Rights;

/// <summary>State of 「我的信息」, kept apart from the dialog stack so a question waiting in a flow survives a visit.</summary>
internal sealed class RightsAccessors(UserState userState)
{
    public IStatePropertyAccessor<RightsProfile> Profile { get; } = userState.CreateProperty<RightsProfile>("rights");
}
