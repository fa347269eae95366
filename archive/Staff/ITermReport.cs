using LeftBehind.Archive.Services;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// The term's 工作总结 figures per school and their total, over [<c>fromUtc</c>, <c>toUtc</c>): no child or teacher is
/// named, so a county viewer sees every school and anyone else the children the access policy lets them see.
/// </summary>
public interface ITermReport
{
    Task<TermReport> GetAsync(Actor actor, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default);
}
