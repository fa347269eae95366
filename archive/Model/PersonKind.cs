namespace LeftBehind.Archive.Model;

public enum PersonKind
{
    Parent,
    Guardian,
    Teacher,
}
