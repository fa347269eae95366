namespace LeftBehind.Dialogs.State;

/// <summary>A row written in the same atomic batch as a turn's state (<see cref="BotStateSet.SaveAllChangesAsync"/>).</summary>
internal sealed record StateRow(IStorage Storage, string Key, StorageEntry Entry);
