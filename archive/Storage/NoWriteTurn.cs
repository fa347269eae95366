namespace LeftBehind.Archive.Storage;

/// <summary>The write turn on PostgreSQL, which orders writers itself (row locks, MVCC): nothing to release.</summary>
internal sealed class NoWriteTurn : IDisposable
{
    public static readonly NoWriteTurn Instance = new();

    public void Dispose()
    {
    }
}
