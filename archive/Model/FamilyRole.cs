namespace LeftBehind.Archive.Model;

/// <summary>A person's place in one child's family (a child has at most one of each).</summary>
public enum FamilyRole
{
    Father,
    Mother,
    Guardian,
}
