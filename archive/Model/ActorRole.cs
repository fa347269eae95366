namespace LeftBehind.Archive.Model;

public enum ActorRole
{
    Parent,
    Guardian,
    Teacher,
    Admin,
    /// <summary>The scheduler's jobs: every child not erased, for reminders and digests; never an admin's writes.</summary>
    Scheduler,

    /// <summary>A school's administrator in the console: every child of that school (<see cref="Services.Actor.SchoolId"/>).</summary>
    SchoolAdmin,

    /// <summary>The county's viewer: figures summed over schools, never a child's name or record.</summary>
    CountyViewer,

    /// <summary>The service itself (alerts such as a burst of wrong invite codes), never a person.</summary>
    System,
}
