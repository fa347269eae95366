namespace LeftBehind.Archive.Services;

/// <summary>Newest first; <see cref="Total"/> counts every visible note matching the filter.</summary>
public sealed record NotePage(IReadOnlyList<NoteInfo> Items, int Page, int PageSize, int Total)
{
    public bool HasMore => (Page + 1) * PageSize < Total;
}
