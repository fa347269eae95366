using LeftBehind.Archive.Services;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// The console's reads and invite writes, scoped and audited by the same access policy the chat uses: a school admin
/// sees their school, a teacher the children the chat lets them see, a county viewer no child at all.
/// Writes (invites) are for a school's administrator only; anyone else gets <see cref="ArchiveError.Forbidden"/>.
/// </summary>
public interface IStaffConsole
{
    Task<IReadOnlyList<ClassRef>> ClassesAsync(Actor actor, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FamilyRow>> FamiliesAsync(Actor actor, int? classId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InviteRow>> InvitesAsync(Actor actor, int? classId, int? childId, CancellationToken cancellationToken = default);

    /// <summary>
    /// New codes for every father, mother and guardian of the child (or of every child of the class); an earlier code of
    /// the same person for the same child that was not yet used stops working.
    /// </summary>
    Task<IReadOnlyList<InviteRow>> IssueAsync(Actor actor, int? classId, int? childId, CancellationToken cancellationToken = default);

    /// <summary>A new code for the same person and child (a parent who changed phone); the old one stops working.</summary>
    Task<InviteRow> ReissueAsync(Actor actor, int inviteId, CancellationToken cancellationToken = default);

    Task<InviteRow> RevokeAsync(Actor actor, int inviteId, CancellationToken cancellationToken = default);

    /// <summary>The school (by name) and, for a teacher role, the roster's teacher of that name (added when the roster has none yet).</summary>
    Task<StaffPlacement?> PlaceAsync(string? school, string name, string role, CancellationToken cancellationToken = default);

    /// <summary>The reads of the school's children, newest first, a page at a time (school admin only; anyone else gets an empty page).</summary>
    Task<AuditPage> AuditAsync(Actor actor, AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// When someone was guessing invite codes (each burst of wrong codes, newest first) since <paramref name="since"/>:
    /// for a school's administrator, who issues and reissues the codes (issue #14, item 3); anyone else gets none.
    /// </summary>
    Task<IReadOnlyList<DateTimeOffset>> InviteBurstsAsync(Actor actor, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The name of a school by id (null when there is none).</summary>
    Task<string?> SchoolNameAsync(int schoolId, CancellationToken cancellationToken = default);
}
