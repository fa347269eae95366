namespace LeftBehind.Archive.Staff;

/// <summary>Per-school admin API keys: only their SHA-256 is stored; a key reaches only its school's data.</summary>
public interface ISchoolKeys
{
    /// <summary>A new key for the school (shown once), or null when there is no such school.</summary>
    Task<string?> CreateAsync(string school, string name, CancellationToken cancellationToken = default);

    /// <summary>The school of a key that was issued and not revoked; null otherwise.</summary>
    Task<SchoolScope?> FindAsync(string key, CancellationToken cancellationToken = default);
}
