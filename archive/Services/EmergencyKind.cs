namespace LeftBehind.Archive.Services;

/// <summary>
/// What kind of emergency it is, as chosen from the menu, stored beside the raiser's words (<c>archive_emergencies.Kind</c>,
/// its name): readers show it in their own language. <see cref="Other"/>: the raiser described it, their words are what
/// happened. Rows from before the code have none (null).
/// </summary>
public enum EmergencyKind
{
    Other = 0,
    Missing = 1,
    Hurt = 2,
    Danger = 3,
}
