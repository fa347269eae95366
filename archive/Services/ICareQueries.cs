namespace LeftBehind.Archive.Services;

/// <summary>
/// The care reads of the scheduler's jobs and the staff console, as the scheduler through the access policy (erased
/// children left out), each audited once.
/// </summary>
public interface ICareQueries
{
    /// <summary>Every child with no active guardian at <paramref name="now"/>, by class.</summary>
    Task<IReadOnlyList<ChildWithoutGuardian>> GetChildrenWithoutGuardianAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Paired teachers with children still without a 谈心 for the week starting <paramref name="weekOf"/>.</summary>
    Task<IReadOnlyList<TalksDue>> GetTalksDueAsync(DateOnly weekOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// The term from <paramref name="from"/> to <paramref name="to"/> (school days, inclusive) for 谈心 and visits;
    /// concerns raised or closed from <paramref name="fromUtc"/> to before <paramref name="toUtc"/>.
    /// </summary>
    Task<CareReport> GetCareReportAsync(DateOnly from, DateOnly to, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default);

    /// <summary>Every paired child's 五个一 in the month <paramref name="month"/> is in, so far (months in <paramref name="zone"/>).</summary>
    Task<IReadOnlyList<FiveOnesChild>> GetFiveOnesAsync(DateOnly month, TimeZoneInfo zone, CancellationToken cancellationToken = default);

    /// <summary>Head teachers with class children that have no 家访 from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<HomeVisitsDue>> GetHomeVisitsDueAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Every child's 学期通报 for the term from <paramref name="from"/> to <paramref name="to"/> (local days, inclusive).</summary>
    Task<IReadOnlyList<TermNotice>> GetTermNoticesAsync(DateOnly from, DateOnly to, TimeZoneInfo zone, CancellationToken cancellationToken = default);
}
