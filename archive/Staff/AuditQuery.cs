namespace LeftBehind.Archive.Staff;

/// <summary>One page of the audit page: newest first, optionally one child's reads or only the refused ones.</summary>
public sealed record AuditQuery(int Page = 0, int PageSize = AuditQuery.DefaultPageSize, int? ChildId = null, bool RefusedOnly = false)
{
    /// <summary>About one phone screen and a half of rows (390×844).</summary>
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;
}
