using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// The care practice (#20) through the access policy: a guardian who cannot care, the entrusted guardian, the weekly
/// 谈心 and its concerns, visits, and the school's counsellor.
/// </summary>
public interface ICareService
{
    /// <summary>
    /// Flags the child as without an active guardian until one is recorded; anyone who may see the child may raise it.
    /// When a gap is already open it is returned with <see cref="CareConcernInfo.IsNew"/> false.
    /// </summary>
    Task<CareConcernInfo> OpenGuardianGapAsync(Actor actor, int childId, string text, string reason, CancellationToken cancellationToken = default);

    /// <summary>Records the entrusted guardian (parents of the child and staff only) and closes the open gaps.</summary>
    Task<EntrustmentInfo> RecordGuardianAsync(Actor actor, int childId, EntrustmentInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// The children the actor may see (a parent's own, a teacher's class) whose guardian gap is open, oldest first:
    /// what a parent's answer to the gap notice is about.
    /// </summary>
    Task<IReadOnlyList<GuardianGapChild>> GetOpenGuardianGapsAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The active entrusted guardian, null when none is recorded.</summary>
    Task<EntrustmentInfo?> GetEntrustedGuardianAsync(Actor actor, int childId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a teacher's 谈心 for the week (replacing the week's earlier one) and opens a wellbeing concern when
    /// 情绪 or 交友 needs care two records running or the note is worrying.
    /// </summary>
    Task<WeeklyTalkResult> RecordTalkAsync(Actor actor, int childId, WeeklyTalkInput input, CancellationToken cancellationToken = default);

    /// <summary>The child's 谈心 trend, newest first (staff only).</summary>
    Task<IReadOnlyList<WeeklyTalkInfo>> GetTalksAsync(Actor actor, int childId, int count, CancellationToken cancellationToken = default);

    /// <summary>Open concerns about the children the actor may see (staff only), most urgent first.</summary>
    Task<IReadOnlyList<CareConcernInfo>> GetOpenConcernsAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Closes a concern (staff only); false when it was not found or already closed.</summary>
    Task<bool> CloseConcernAsync(Actor actor, int concernId, CancellationToken cancellationToken = default);

    /// <summary>Logs a festival spent with the child, a home visit or a 五个一 contact (teachers only).</summary>
    Task<int> RecordVisitAsync(Actor actor, int childId, CareVisitKind kind, DateOnly on, string? note, CancellationToken cancellationToken = default);

    /// <summary>Records a 家访 with what was found (teachers only; a second visit the same day replaces the first).</summary>
    Task<HomeVisitInfo> RecordHomeVisitAsync(Actor actor, int childId, HomeVisitInput input, CancellationToken cancellationToken = default);

    /// <summary>The child's 家访 records, newest first (staff only).</summary>
    Task<IReadOnlyList<HomeVisitInfo>> GetHomeVisitsAsync(Actor actor, int childId, CancellationToken cancellationToken = default);

    /// <summary>The 学期通报 of the children the actor may see (staff only; a county viewer none), for printing.</summary>
    Task<IReadOnlyList<TermNotice>> GetTermNoticesAsync(Actor actor, DateOnly from, DateOnly to, TimeZoneInfo zone, CancellationToken cancellationToken = default);

    /// <summary>
    /// The care part of the term report for the children the actor may see; a county viewer gets every school's sums
    /// with no teacher named. <paramref name="schoolWeeks"/>: the term's weeks with school days (谈心 expected).
    /// </summary>
    Task<CareReport> GetCareReportAsync(Actor actor, DateOnly from, DateOnly to, DateTimeOffset fromUtc, DateTimeOffset toUtc, int schoolWeeks, CancellationToken cancellationToken = default);

    /// <summary>The 五个一 of the teacher's own paired children in the month <paramref name="month"/> is in, so far (teachers only).</summary>
    Task<IReadOnlyList<FiveOnesChild>> GetFiveOnesAsync(Actor actor, DateOnly month, CancellationToken cancellationToken = default);

    /// <summary>Gives a teacher of the school a school role (admin only).</summary>
    Task AssignStaffRoleAsync(Actor actor, int personId, StaffRole role, CancellationToken cancellationToken = default);
}
