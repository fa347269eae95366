namespace LeftBehind.Archive.Services;

public interface IPreferenceService
{
    /// <summary>Stored preferences, or the defaults (zh-CN; guardians low-literacy; weekly call home).</summary>
    Task<PersonPreferences> GetAsync(int personId, CancellationToken cancellationToken = default);

    Task SaveAsync(int personId, PersonPreferences preferences, CancellationToken cancellationToken = default);
}
