namespace LeftBehind.Archive.Model;

/// <summary>A parent, guardian or teacher. Teachers are unique by name within their school.</summary>
internal sealed class Person
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public PersonKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    /// <summary>务工地 for a parent working away.</summary>
    public string? Workplace { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
    public List<FamilyLink> Families { get; set; } = [];
    public List<ChannelBinding> Bindings { get; set; } = [];
}
