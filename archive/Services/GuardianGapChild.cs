namespace LeftBehind.Archive.Services;

/// <summary>A child the actor may see whose guardian gap is open until <paramref name="DueAt"/>.</summary>
public sealed record GuardianGapChild(int ChildId, string ChildName, int ConcernId, DateTimeOffset DueAt);
