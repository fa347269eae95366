using LeftBehind.Archive.Storage;
using Microsoft.Data.Sqlite;

namespace LeftBehind.Bot.Storage;

/// <summary>
/// The SQLite database (children's data and the token-signing key) is readable by the service user only: its folder is
/// created 0700 and the file 0600 before anything opens it (SQLite gives its -wal and -shm files the same mode).
/// </summary>
internal static class DataFileModes
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Secure(IConfiguration configuration)
    {
        if (OperatingSystem.IsWindows()) return;
        var provider = configuration[$"{StorageOptions.Section}:Provider"];
        if (provider is not null && !provider.Equals(nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase)) return;
        var cs = configuration.GetConnectionString("LeftBehind");
        if (string.IsNullOrWhiteSpace(cs)) return;
        var source = new SqliteConnectionStringBuilder(cs).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return;
        var path = Path.GetFullPath(source);
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder)) Directory.CreateDirectory(folder, Folder);
        if (!System.IO.File.Exists(path)) System.IO.File.Create(path, 0, FileOptions.None).Dispose();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (System.IO.File.Exists(file)) System.IO.File.SetUnixFileMode(file, File);
        }
    }
}
