namespace LeftBehind.Archive.Model;

internal sealed class Invite
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int SchoolId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>The child the invite was made for (family roles); null for teachers.</summary>
    public int? ChildId { get; set; }
    public InviteRole Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>Set when staff revoke the code or issue a new one for the same person and child: it no longer binds.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
