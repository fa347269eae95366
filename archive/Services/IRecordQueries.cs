namespace LeftBehind.Archive.Services;

/// <summary>
/// The record reads and the two small writes of the scheduler's jobs, through the access policy as the scheduler
/// (erased children's records are left out), each query audited once and answered by one or two SQL statements.
/// </summary>
public interface IRecordQueries
{
    /// <summary>Children marked absent on <paramref name="day"/> with no leave covering it.</summary>
    Task<IReadOnlyList<int>> GetAbsentWithoutLeaveAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Attendance from <paramref name="first"/> to before <paramref name="next"/>; notes, letters and calls from <paramref name="fromUtc"/> to before <paramref name="toUtc"/>.</summary>
    Task<MonthlyActivity> GetMonthlyActivityAsync(DateOnly first, DateOnly next, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default);

    /// <summary>Parents with any recorded contact since <paramref name="since"/>.</summary>
    Task<IReadOnlySet<int>> GetParentsInTouchSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The last recorded contact per child and parent.</summary>
    Task<IReadOnlyDictionary<(int ChildId, int ParentId), DateTimeOffset>> GetLastContactsAsync(CancellationToken cancellationToken = default);

    /// <summary>Proposed or confirmed calls scheduled after <paramref name="after"/> up to <paramref name="until"/>.</summary>
    Task<IReadOnlyList<CallBookingDue>> GetCallBookingsDueAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Records that the reminders of these bookings are queued (bookings already marked keep their first time).</summary>
    Task MarkCallRemindersQueuedAsync(IReadOnlyCollection<int> bookingIds, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Open questions asked at or before <paramref name="remindBefore"/>, or urgent ones at or before <paramref name="urgentBefore"/>.</summary>
    Task<IReadOnlyList<OverdueQuestion>> GetOverdueQuestionsAsync(DateTimeOffset remindBefore, DateTimeOffset urgentBefore, CancellationToken cancellationToken = default);

    /// <summary>Raises each question's escalation level to the given one (never lowers it).</summary>
    Task RaiseEscalationAsync(IReadOnlyDictionary<int, int> levelByQuestion, CancellationToken cancellationToken = default);

    /// <summary>Stored preferences of these people (people without any are left out).</summary>
    Task<IReadOnlyDictionary<int, PersonPreferences>> GetPreferencesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);
}
