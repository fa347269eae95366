namespace LeftBehind.Dialogs.State;

/// <summary>
/// What storage keeps under a key: the item's JSON and its eTag. Storage works on JSON text so that every
/// implementation (memory, SQLite, PostgreSQL) has the same copy semantics and no shared mutable objects.
/// </summary>
public sealed class StorageEntry(string json, string? eTag = null) : IStoreItem
{
    public string Json { get; } = json;
    public string? ETag { get; set; } = eTag;
}
