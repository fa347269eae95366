using LeftBehind.Archive.Services;

namespace LeftBehind.Archive.Staff;

/// <summary>Figures per school since <c>from</c> (letters, calls, answers); contact windows are the last 7 and 14 days; questions waiting and open emergencies are as of now.</summary>
public interface IStaffFigures
{
    Task<IReadOnlyList<SchoolFigures>> GetAsync(Actor actor, DateTimeOffset from, CancellationToken cancellationToken = default);
}
