namespace LeftBehind.Archive.Model;

public enum InviteRole
{
    Father,
    Mother,
    Guardian,
    Teacher,
}
