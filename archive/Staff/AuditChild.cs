namespace LeftBehind.Archive.Staff;

/// <summary>A child of the school as the audit page's filter names it.</summary>
public sealed record AuditChild(int ChildId, string Name, string ClassName);
