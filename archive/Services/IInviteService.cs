using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public interface IInviteService
{
    /// <summary>Invite for a child's father, mother or guardian (as recorded in the roster).</summary>
    Task<InviteCode> CreateFamilyInviteAsync(string school, string studentNumber, InviteRole role, CancellationToken cancellationToken = default);

    /// <summary>Invite for a teacher of the school, by name (班主任 or 帮扶教师 in the roster).</summary>
    Task<InviteCode> CreateTeacherInviteAsync(string school, string teacherName, CancellationToken cancellationToken = default);

    /// <summary>The admin API's request: validates the role and fields and explains failures in Chinese.</summary>
    Task<InviteRequestResult> CreateAsync(InviteRequest request, CancellationToken cancellationToken = default);
}
