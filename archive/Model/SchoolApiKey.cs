namespace LeftBehind.Archive.Model;

/// <summary>
/// A school's own admin API key (machine-to-machine set-up scripts): only the SHA-256 of the key is kept, and the key
/// reaches only that school's data.
/// </summary>
internal sealed class SchoolApiKey
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public required string KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
