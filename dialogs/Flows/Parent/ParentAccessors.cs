using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Parent;

internal sealed class ParentAccessors(UserState userState)
{
    public IStatePropertyAccessor<ParentMemory> Memory { get; } = userState.CreateProperty<ParentMemory>("parent");
}
