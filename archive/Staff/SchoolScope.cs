namespace LeftBehind.Archive.Staff;

/// <summary>The school a per-school admin key belongs to.</summary>
public sealed record SchoolScope(int SchoolId, string School);
