using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Guardian;

internal sealed class GuardianAccessors(UserState userState)
{
    public IStatePropertyAccessor<GuardianMemory> Memory { get; } = userState.CreateProperty<GuardianMemory>("guardian");
}
