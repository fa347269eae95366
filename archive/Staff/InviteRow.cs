using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

/// <summary>An invite as staff see it; the slip of an open one carries the code.</summary>
public sealed record InviteRow(
    int Id,
    string Code,
    int ChildId,
    string ChildName,
    string ClassName,
    InviteRole Role,
    int PersonId,
    string PersonName,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    InviteStatus Status);
