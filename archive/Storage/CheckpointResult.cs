namespace LeftBehind.Archive.Storage;

/// <summary>What <c>PRAGMA wal_checkpoint</c> answered: whether it was blocked, the WAL's frames, and how many are in the database.</summary>
internal sealed record CheckpointResult(bool Busy, int WalFrames, int CheckpointedFrames);
