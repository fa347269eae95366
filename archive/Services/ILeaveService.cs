using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public interface ILeaveService
{
    /// <summary>
    /// 请假 by the guardian or a parent: each day from..to (inclusive, at most 31 days) is marked Leave or Sick
    /// (<paramref name="status"/>) with the reason. The caller notifies <see cref="LeaveResult.TeachersToNotify"/>.
    /// Days without school (weekends, holidays and vacations in the term calendar) are skipped unless <paramref name="includeNonSchoolDays"/> (the person confirmed a make-up day). A request
    /// for days the child is already on leave is merged into that record: one record, the newer reason kept.
    /// </summary>
    Task<LeaveResult> RequestAsync(Actor actor, int childId, DateOnly from, DateOnly to, AttendanceStatus status, string? reason, CancellationToken cancellationToken = default, bool includeNonSchoolDays = false);
}
