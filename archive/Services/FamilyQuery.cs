namespace LeftBehind.Archive.Services;

/// <summary>Which family links to read: only these children's (null: all), only parents' links.</summary>
public sealed record FamilyQuery(IReadOnlyCollection<int>? ChildIds = null, bool ParentsOnly = false)
{
    public static FamilyQuery All { get; } = new();

    public static FamilyQuery Parents { get; } = new(ParentsOnly: true);
}
