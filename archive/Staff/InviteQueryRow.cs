using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

internal sealed record InviteQueryRow(
    int Id, string Code, int ChildId, string ChildName, string ClassName, InviteRole Role, int PersonId, string PersonName,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, DateTimeOffset? RevokedAt);
