using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Parent;

public sealed class ParentAccessors(UserState userState)
{
    public IStatePropertyAccessor<ParentMemory> Memory { get; } = userState.CreateProperty<ParentMemory>("parent");
}
