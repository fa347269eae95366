using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public interface IAttendanceService
{
    /// <summary>Attendance of one child between two dates inclusive; null when not found or refused.</summary>
    Task<AttendanceReport?> GetAsync(Actor actor, int childId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>
    /// A teacher records a whole class for a day: everyone present except the absent names (empty list = 全到).
    /// The day's record only grows: a child already absent, sick or on leave stays so (corrections are explicit,
    /// <see cref="CorrectAsync"/>). Names match the class roster exactly; unknown or ambiguous names write nothing.
    /// <paramref name="lateNames"/> came late: recorded late (there), over whatever the day held for them.
    /// </summary>
    Task<ClassAttendanceResult> RecordClassAsync(Actor teacher, int classId, DateOnly date, IReadOnlyCollection<string> absentNames, string? reason = null, IReadOnlyCollection<string>? lateNames = null, CancellationToken cancellationToken = default);

    /// <summary>"改：王小明 到校": the head teacher sets one child's status for the day explicitly; the day's totals come back.</summary>
    Task<ClassAttendanceResult> CorrectAsync(Actor teacher, int classId, DateOnly date, string name, AttendanceStatus status, CancellationToken cancellationToken = default);

    /// <summary>The head teacher's (or admin's) look at a class's day as recorded; null when the class is not theirs. Audited.</summary>
    Task<ClassDay?> GetClassDayAsync(Actor teacher, int classId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>Records (or replaces) one child's status for a day. Teachers of the child and admin only.</summary>
    Task RecordAsync(Actor actor, int childId, DateOnly date, AttendanceStatus status, string? reason = null, CancellationToken cancellationToken = default);
}
