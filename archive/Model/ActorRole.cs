namespace LeftBehind.Archive.Model;

public enum ActorRole
{
    Parent,
    Guardian,
    Teacher,
    Admin,
}
