using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Family;

/// <summary>What every role's flows remember about the person between messages.</summary>
internal sealed class FamilyAccessors(UserState userState)
{
    public IStatePropertyAccessor<FamilyMemory> Memory { get; } = userState.CreateProperty<FamilyMemory>("family");
}
