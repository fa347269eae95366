namespace LeftBehind.Dialogs.State;

/// <summary>An item with an optimistic-concurrency tag, as Bot Builder's IStoreItem.</summary>
internal interface IStoreItem
{
    /// <summary>null: "I expect nothing stored yet"; "*": overwrite whatever is there; else the tag last read.</summary>
    string? ETag { get; set; }
}
