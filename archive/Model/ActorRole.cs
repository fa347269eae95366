namespace LeftBehind.Archive.Model;

public enum ActorRole
{
    Parent,
    Guardian,
    Teacher,
    Admin,
    /// <summary>The scheduler's jobs: every child not erased, for reminders and digests; never an admin's writes.</summary>
    Scheduler,

    /// <summary>The service itself (alerts such as a burst of wrong invite codes), never a person.</summary>
    System,
}
