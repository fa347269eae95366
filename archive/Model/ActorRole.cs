namespace LeftBehind.Archive.Model;

public enum ActorRole
{
    Parent,
    Guardian,
    Teacher,
    Admin,

    /// <summary>The service itself (alerts such as a burst of wrong invite codes), never a person.</summary>
    System,
}
