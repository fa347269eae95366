namespace LeftBehind.Archive.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
