namespace LeftBehind.Archive.Model;

public enum ActorRole
{
    Parent,
    Guardian,
    Teacher,
    Admin,
    /// <summary>The scheduler's jobs: every child not erased, for reminders and digests; never an admin's writes.</summary>
    Scheduler,
}
