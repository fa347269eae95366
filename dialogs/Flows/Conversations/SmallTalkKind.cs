namespace LeftBehind.Dialogs.Conversations;

/// <summary>Chat that is not a request: answered in a word, never passed to a teacher.</summary>
internal enum SmallTalkKind
{
    None,
    Greeting,
    Weather,
    WhoAreYou,
    Thanks,
    Goodbye,
}
