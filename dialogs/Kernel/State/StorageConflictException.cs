namespace LeftBehind.Dialogs.State;

/// <summary>A write carried a stale eTag: someone else saved the key since it was read.</summary>
public sealed class StorageConflictException(string key)
    : Exception($"eTag conflict on storage key '{key}'")
{
    public string Key { get; } = key;
}
