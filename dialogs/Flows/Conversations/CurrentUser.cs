using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>The bound person behind this turn, resolved once per turn by the bot before any dialog runs.</summary>
internal sealed record CurrentUser(BoundPerson Person, PersonPreferences Preferences)
{
    private const string Key = "LeftBehind.CurrentUser";

    public Actor Actor => Person.Actor;

    public static CurrentUser? From(ITurnContext turnContext) => turnContext.TurnState.Get<CurrentUser>(Key);

    public void AttachTo(ITurnContext turnContext) => turnContext.TurnState.Set(Key, this);
}
