namespace LeftBehind.Archive.Services;

/// <summary>
/// The family reads the scheduler's jobs start from, through the access policy as the scheduler (children and people
/// not erased), each query audited once. One query per call however many families: the jobs fan out county-wide.
/// </summary>
public interface IFamilyQueries
{
    Task<IReadOnlyList<FamilyMember>> GetMembersAsync(FamilyQuery query, CancellationToken cancellationToken = default);

    /// <summary>People with at least one channel binding: nobody else can be sent anything.</summary>
    Task<IReadOnlySet<int>> GetReachablePersonIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Head teacher per class id (classes without one are left out).</summary>
    Task<IReadOnlyDictionary<int, int>> GetHeadTeachersAsync(CancellationToken cancellationToken = default);

    /// <summary>Class id per child, for the visible children among <paramref name="childIds"/>.</summary>
    Task<IReadOnlyDictionary<int, int>> GetClassesAsync(IReadOnlyCollection<int> childIds, CancellationToken cancellationToken = default);

    /// <summary>When each of these people was registered (not erased ones only).</summary>
    Task<IReadOnlyDictionary<int, DateTimeOffset>> GetRegisteredAtAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);
}
