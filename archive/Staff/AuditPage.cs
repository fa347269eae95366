namespace LeftBehind.Archive.Staff;

/// <summary>
/// A page of <see cref="AuditRow"/>s, newest first; <see cref="Total"/> counts every row matching the filter, and
/// <see cref="Children"/> lists the school's children to filter by.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Page, int PageSize, int Total, IReadOnlyList<AuditChild> Children)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasNewer => Page > 0;

    public bool HasOlder => (Page + 1) * PageSize < Total;
}
